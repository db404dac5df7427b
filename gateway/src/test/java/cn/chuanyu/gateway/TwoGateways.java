package cn.chuanyu.gateway;

import java.util.HashMap;
import java.util.Map;

/** {@link EdgeLimits} for one of two gateways that share the public traffic. */
public class TwoGateways extends EdgeLimits {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("chuanyu.gateway.limits.rate-limit.burst", "4");
        config.put("chuanyu.gateway.limits.rate-limit.gateways", "2");
        return config;
    }
}
