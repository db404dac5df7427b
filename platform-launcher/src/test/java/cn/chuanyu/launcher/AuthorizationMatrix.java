package cn.chuanyu.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code deploy/authorization-matrix.txt}: per operation ("METHOD /path"), who may call it. */
record AuthorizationMatrix(Map<String, Who> rows) {

    /** Who may call an operation: anyone, any valid token, or a token with one of some roles. */
    record Who(boolean isPublic, boolean anyToken, Set<String> roles) {

        boolean allows(String role) {
            return isPublic || anyToken || roles.contains(role);
        }
    }

    static AuthorizationMatrix read(Path file) throws IOException {
        Map<String, Who> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] columns = row.split("\\s+");
            if (columns.length < 3) {
                throw new IllegalArgumentException("a row needs a method, a path and who may call it: " + line);
            }
            String operation = columns[0] + " " + columns[1];
            Set<String> who = new TreeSet<>(Arrays.asList(columns).subList(2, columns.length));
            boolean isPublic = who.equals(Set.of("anyone"));
            boolean anyToken = who.equals(Set.of("authenticated"));
            if (rows.put(operation, new Who(isPublic, anyToken, isPublic || anyToken ? Set.of() : who)) != null) {
                throw new IllegalArgumentException("two rows for " + operation);
            }
        }
        return new AuthorizationMatrix(rows);
    }

    Set<String> operations() {
        return rows.keySet();
    }

    Who who(String operation) {
        return rows.get(operation);
    }

    Set<String> rolesNamed() {
        Set<String> roles = new TreeSet<>();
        rows.values().forEach(who -> roles.addAll(who.roles()));
        return roles;
    }
}
