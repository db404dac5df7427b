package cn.chuanyu.training.registry;

import cn.chuanyu.training.kernel.TrainingClock;
import cn.chuanyu.web.problem.ProblemException;
import cn.chuanyu.web.problem.ProblemTexts.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
            @Schema(description = "技术开发: technology development, yuan; absent if not known")
            @DecimalMin("0")
            @Digits(integer = 16, fraction = 2)
            BigDecimal development,

            @Schema(description = "技术转让: technology transfer, yuan; absent if not known")
            @DecimalMin("0")
            @Digits(integer = 16, fraction = 2)
            BigDecimal transfer,

            @Schema(description = "技术服务: technology service, yuan; absent if not known")
            @DecimalMin("0")
            @Digits(integer = 16, fraction = 2)
            BigDecimal service,

            @Schema(description = "技术咨询: technology consulting, yuan; absent if not known")
            @DecimalMin("0")
            @Digits(integer = 16, fraction = 2)
            BigDecimal consulting,

            @Schema(description = "the total as published, yuan; at least the sum of the types given")
            @DecimalMin("0")
            @Digits(integer = 16, fraction = 2)
            BigDecimal reportedTotal,

            @Schema(description = "where the figures were published; blank or absent for none") @Size(max = 300)
            String source) {}

    /** The amounts by contract type: each null when not reported. */
    @Schema(description = "The year's amounts by contract type, in yuan (two decimals); each null when not reported")
    public record ByType(
            @Schema(nullable = true, description = "技术开发: technology development")
            BigDecimal development,

            @Schema(nullable = true, description = "技术转让: technology transfer")
            BigDecimal transfer,

            @Schema(nullable = true, description = "技术服务: technology service")
            BigDecimal service,

            @Schema(nullable = true, description = "技术咨询: technology consulting")
            BigDecimal consulting) {

        static ByType of(Map<ContractType, BigDecimal> amounts) {
            return new ByType(
                    amounts.get(ContractType.DEVELOPMENT),
                    amounts.get(ContractType.TRANSFER),
                    amounts.get(ContractType.SERVICE),
                    amounts.get(ContractType.CONSULTING));
        }
    }

    /**
     * A year's figures: {@code total} is the reported total when there is one, else the sum of the types;
     * {@code unallocated} is the part of the reported total not broken down by type.
     */
    @Schema(description = "One region's technology-contract turnover in one year, in yuan (two decimals)")
    public record YearStatistics(
            @Schema(description = "the region") Region region,

            @Schema(description = "the calendar year", example = "2019")
            int year,

            @Schema(description = "the amounts by contract type")
            ByType byType,

            @Schema(description = "the sum of the amounts by type (0 when none is reported)", example = "0.00")
            BigDecimal typesTotal,

            @Schema(nullable = true, description = "the total as published; null if none", example = "15040000000.00")
            BigDecimal reportedTotal,

            @Schema(description = "the reported total when there is one, else typesTotal", example = "15040000000.00")
            BigDecimal total,

            @Schema(
                    nullable = true,
                    description = "the part of the reported total not broken down by type; null without a "
                            + "reported total",
                    example = "15040000000.00")
            BigDecimal unallocated,

            @Schema(nullable = true, description = "where the figures were published; null if not given")
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
                    ByType.of(byType),
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
    @Schema(description = "A region's technology-contract turnover year by year, with the total over those years")
    public record RegionStatistics(
            @Schema(description = "the region") Region region,

            @Schema(description = "the years with figures, earliest first (at most the 121 years 1980..2100)")
            List<YearStatistics> years,

            @Schema(description = "the sum of the years' totals, yuan", example = "15040000000.00")
            BigDecimal total) {}

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
            throw new ProblemException(
                    Status.NOT_FOUND,
                    "not-found",
                    "statistics-not-found",
                    new Term(region.name().toLowerCase(Locale.ROOT)),
                    year);
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
