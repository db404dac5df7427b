package cn.chuanyu.training.registry;

import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Technology-contract turnover by region, year and contract type, with totals. */
@ApplicationScoped
public class ContractStatistics {

    private final TrainingClock clock;

    ContractStatistics(TrainingClock clock) {
        this.clock = clock;
    }

    @Schema(
            description = "A year's technology-contract turnover in yuan (元): by type where known, "
                    + "and/or the reported total",
            example = """
            {"reportedTotal": 15040000000, \
            "source": "重庆日报 2020-12-11: 2019年全社会技术合同金额150.4亿元"}""")
    public record YearRequest(
            @Schema(description = "技术开发") @DecimalMin("0") @Digits(integer = 16, fraction = 2)
            BigDecimal development,

            @Schema(description = "技术转让") @DecimalMin("0") @Digits(integer = 16, fraction = 2)
            BigDecimal transfer,

            @Schema(description = "技术服务") @DecimalMin("0") @Digits(integer = 16, fraction = 2)
            BigDecimal service,

            @Schema(description = "技术咨询") @DecimalMin("0") @Digits(integer = 16, fraction = 2)
            BigDecimal consulting,

            @Schema(description = "the total as published; at least the sum of the types given")
            @DecimalMin("0")
            @Digits(integer = 16, fraction = 2)
            BigDecimal reportedTotal,

            @Size(max = 300) String source) {}

    /**
     * A year's figures: {@code total} is the reported total when there is one, else the sum of the types;
     * {@code unallocated} is the part of the reported total not broken down by type.
     */
    public record YearStatistics(
            Region region,
            int year,
            Map<ContractType, BigDecimal> byType,
            BigDecimal typesTotal,
            BigDecimal reportedTotal,
            BigDecimal total,
            BigDecimal unallocated,
            String source) {

        static YearStatistics of(ContractStatistic s) {
            Map<ContractType, BigDecimal> byType = new EnumMap<>(ContractType.class);
            for (ContractType type : ContractType.values()) {
                if (s.amount(type) != null) {
                    byType.put(type, yuan(s.amount(type)));
                }
            }
            BigDecimal typesTotal = yuan(byType.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            BigDecimal reported = s.reportedTotal == null ? null : yuan(s.reportedTotal);
            return new YearStatistics(
                    s.region,
                    s.reportYear,
                    byType,
                    typesTotal,
                    reported,
                    reported != null ? reported : typesTotal,
                    reported == null ? null : reported.subtract(typesTotal),
                    s.source);
        }

        /** Amounts always with fen (two decimals), as stored. */
        private static BigDecimal yuan(BigDecimal amount) {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    /** A region's years and their grand total. */
    public record RegionStatistics(Region region, List<YearStatistics> years, BigDecimal total) {}

    /** Records (or replaces) a region's figures for a year. */
    @Transactional
    public YearStatistics report(Region region, int year, YearRequest request, String admin) {
        ContractStatistic statistic = ContractStatistic.<ContractStatistic>find(
                        "region = ?1 and reportYear = ?2", region, year)
                .firstResultOptional()
                .orElseGet(() -> ContractStatistic.of(region, year));
        statistic.report(request, admin, clock.now());
        statistic.persist();
        return YearStatistics.of(statistic);
    }

    public YearStatistics year(Region region, int year) {
        ContractStatistic statistic = ContractStatistic.find("region = ?1 and reportYear = ?2", region, year)
                .firstResult();
        if (statistic == null) {
            throw ProblemException.notFound("Technology-contract statistics of " + region + " for", year);
        }
        return YearStatistics.of(statistic);
    }

    /** A region's years from..to (either may be null), earliest first, with the total over them. */
    public RegionStatistics of(Region region, Integer from, Integer to) {
        List<YearStatistics> years = ContractStatistic.<ContractStatistic>list(
                        "region = ?1 and reportYear >= ?2 and reportYear <= ?3 order by reportYear",
                        region,
                        from == null ? 0 : from,
                        to == null ? 9999 : to)
                .stream()
                .map(YearStatistics::of)
                .toList();
        return new RegionStatistics(
                region,
                years,
                years.stream().map(YearStatistics::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }
}
