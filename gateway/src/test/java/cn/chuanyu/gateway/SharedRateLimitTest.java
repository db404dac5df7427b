package cn.chuanyu.gateway;

import static cn.chuanyu.gateway.EdgeLimits.from;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * With two gateways behind one load balancer, a client's limit holds for both together: each gateway lets through half
 * of the burst (4 configured, 2 here), so the client never gets more than 4 however its requests are spread.
 */
@QuarkusTest
@TestProfile(TwoGateways.class)
class SharedRateLimitTest {

    @Test
    void eachGatewayAllowsItsShareOfAClientsLimit() {
        String address = EdgeLimits.newAddress();
        for (int i = 0; i < 2; i++) {
            from(address).get("/api/conference/echo").then().statusCode(200);
        }
        from(address).get("/api/conference/echo").then().statusCode(429).header("Retry-After", notNullValue());
    }
}
