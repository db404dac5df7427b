package cn.chuanyu.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before each test (a JUnit Jupiter extension registered in {@code META-INF/services}; Quarkus's
 * {@code junit-platform.properties} switches on their autodetection in every module with {@code @QuarkusTest}s), makes
 * sure RestAssured checks every response against the application's OpenAPI document ({@link OpenApiValidation}).
 *
 * <p>Not a {@code QuarkusTestBeforeEachCallback}: this library is loaded parent-first (it holds the JVM's one test
 * infrastructure), and Quarkus loads its callbacks with the application's class loader, which refuses a callback from
 * the parent ("not a subtype"). For the same reason the filter is a proxy of the test's own
 * {@code io.restassured.filter.Filter} (RestAssured is loaded by the application's class loader), installed with the
 * test's own {@code RestAssured}, and reads requests and responses reflectively. Modules without RestAssured are left
 * alone.
 */
public final class OpenApiValidationExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!OpenApiValidation.enabled() || context.getTestInstance().isEmpty()) {
            return;
        }
        ClassLoader loader = context.getTestInstance().get().getClass().getClassLoader();
        try {
            Class<?> restAssured = Class.forName("io.restassured.RestAssured", true, loader);
            Class<?> filterType = Class.forName("io.restassured.filter.Filter", false, loader);
            List<?> installed = (List<?>) restAssured.getMethod("filters").invoke(null);
            for (Object filter : installed) {
                if (Proxy.isProxyClass(filter.getClass())
                        && Proxy.getInvocationHandler(filter) instanceof ValidatingFilter) {
                    return;
                }
            }
            Object filter = Proxy.newProxyInstance(loader, new Class<?>[] {filterType}, new ValidatingFilter(loader));
            restAssured.getMethod("filters", List.class).invoke(null, List.of(filter));
        } catch (ClassNotFoundException e) {
            // no RestAssured in this module's tests: nothing to check
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot install the OpenAPI response check in RestAssured", e);
        }
    }

    /** {@code Filter.filter(request, responseSpec, context)}: sends on, then checks the response. */
    private static final class ValidatingFilter implements InvocationHandler {

        private final String key;
        private final Method next;
        private final Method uri;
        private final Method method;
        private final Method statusCode;
        private final Method contentType;
        private final Method body;
        private final Method headers;
        private final Method headerList;
        private final Method headerName;
        private final Method headerValue;

        ValidatingFilter(ClassLoader loader) throws ReflectiveOperationException {
            key = Integer.toHexString(System.identityHashCode(loader));
            Class<?> request = type(loader, "io.restassured.specification.FilterableRequestSpecification");
            Class<?> responseSpec = type(loader, "io.restassured.specification.FilterableResponseSpecification");
            Class<?> response = type(loader, "io.restassured.response.Response");
            next = type(loader, "io.restassured.filter.FilterContext").getMethod("next", request, responseSpec);
            uri = request.getMethod("getURI");
            method = request.getMethod("getMethod");
            statusCode = response.getMethod("statusCode");
            contentType = response.getMethod("getContentType");
            body = response.getMethod("asString");
            headers = response.getMethod("getHeaders");
            headerList = type(loader, "io.restassured.http.Headers").getMethod("asList");
            Class<?> header = type(loader, "io.restassured.http.Header");
            headerName = header.getMethod("getName");
            headerValue = header.getMethod("getValue");
        }

        @Override
        public Object invoke(Object proxy, Method called, Object[] args) throws Throwable {
            switch (called.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "OpenAPI response validation";
                default:
                    break;
            }
            Object response = call(next, args[2], args[0], args[1]);
            URI target = URI.create((String) call(uri, args[0]));
            String origin = target.getScheme() + "://" + target.getRawAuthority();
            String pathAndQuery =
                    target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            Map<String, List<String>> headerMap = new LinkedHashMap<>();
            for (Object header : (List<?>) call(headerList, call(headers, response))) {
                headerMap
                        .computeIfAbsent((String) call(headerName, header), name -> new ArrayList<>())
                        .add((String) call(headerValue, header));
            }
            String type = (String) call(contentType, response);
            OpenApiValidation.check(
                    key,
                    origin,
                    new ObservedResponse(
                            (String) call(method, args[0]),
                            pathAndQuery,
                            (Integer) call(statusCode, response),
                            type == null || type.isEmpty() ? null : type,
                            (String) call(body, response),
                            headerMap));
            return response;
        }

        private static Class<?> type(ClassLoader loader, String name) throws ClassNotFoundException {
            return Class.forName(name, false, loader);
        }

        private static Object call(Method target, Object receiver, Object... args) throws Throwable {
            try {
                return target.invoke(receiver, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
