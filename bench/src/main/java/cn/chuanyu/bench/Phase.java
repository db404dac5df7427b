package cn.chuanyu.bench;

import java.util.List;
import java.util.Map;

/**
 * One measured stretch of the benchmark with what the machine did meanwhile.
 *
 * @param loadAverageBefore, loadAverageAfter 1, 5 and 15 minute load averages
 * @param machineCpuBusy share of all cores' time that was busy (0..1), whoever used it
 * @param cpuCores cores used by each process group (1.0 = one core for the whole phase), the generator's included
 * @param schedulerLagP99Ms, schedulerLagMaxMs how late the open-model generator sent requests (null for closed loops)
 */
record Phase(
        String name,
        String description,
        String startedAt,
        double seconds,
        double[] loadAverageBefore,
        double[] loadAverageAfter,
        double machineCpuBusy,
        Map<String, Double> cpuCores,
        Double schedulerLagP99Ms,
        Double schedulerLagMaxMs,
        List<RunResult> results) {

    RunResult result(String route) {
        return results.stream().filter(r -> r.route().equals(route)).findFirst().orElseThrow();
    }

    double generatorCores() {
        return cpuCores.getOrDefault(Platform.GENERATOR, 0.0);
    }
}
