package cn.chuanyu.training.kernel;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the training rules need it: training administrators act on everything; an instructor on their own
 * courses; a trainee on their own record only.
 */
public record Caller(String user, boolean admin, boolean instructor, boolean trainee) {

    public static final String ADMIN = "training-admin";
    public static final String INSTRUCTOR = "instructor";
    public static final String TRAINEE = "trainee";

    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return null;
        }
        return new Caller(
                identity.getPrincipal().getName(),
                identity.hasRole(ADMIN),
                identity.hasRole(INSTRUCTOR),
                identity.hasRole(TRAINEE));
    }

    public static Caller admin(String user) {
        return new Caller(user, true, false, false);
    }

    public static Caller instructor(String user) {
        return new Caller(user, false, true, false);
    }

    public static Caller trainee(String user) {
        return new Caller(user, false, false, true);
    }

    /**
     * Refuses anyone but an administrator or the named person (an instructor of the course, the trainee), with the
     * detail {@code detailKey} of the service's problem texts.
     */
    public void requireAdminOr(String owner, String detailKey, Object... args) {
        if (!admin && !user.equals(owner)) {
            throw ProblemException.forbidden(detailKey, args);
        }
    }

    public boolean is(String account) {
        return user.equals(account);
    }
}
