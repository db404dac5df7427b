package cn.chuanyu.gateway;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Test-only routes that fail as a Vert.x route can: with a status, or by throwing. */
@ApplicationScoped
public class FailingRoutes {

    void mount(@Observes Router router) {
        router.get("/test-failures/status/:status").handler(rc -> rc.fail(Integer.parseInt(rc.pathParam("status"))));
        router.get("/test-failures/thrown").handler(rc -> {
            throw new IllegalStateException("a bug in a route");
        });
    }
}
