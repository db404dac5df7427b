package cn.chuanyu.training.registry;

import cn.chuanyu.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Technology-contract turnover by region, year and contract type, with totals. */
@ApplicationScoped
public class ContractStatistics {

    @Schema(
            description =
                    "A year's technology-contract turnover in yuan (元): by type where known, and/or the reported total",
            example = """
            {"reportedTotal": 15040000000, "source": "重庆日报 2020-12-11: 2019年全社会技术合同金额150.4亿元"}""")
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
            return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
    }

    /** A region's years and their grand total. */
    public record RegionStatistics(Region region, List<YearStatistics> years, BigDecimal total) {}

    /** Records (or replaces) a region's figures for a year. */
    @Transactional
    public YearStatistics report(Region region, int year, YearRequest request, String admin) {
        if (year < 1980 || year > 2100) {
            throw new ProblemException(
                    Status.BAD_REQUEST, "invalid-year", "Year is not valid", year + " is not a year of statistics");
        }
        BigDecimal typesTotal = java.util.stream.Stream.of(
                        request.development(), request.transfer(), request.service(), request.consulting())
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean anyType = request.development() != null
                || request.transfer() != null
                || request.service() != null
                || request.consulting() != null;
        if (!anyType && request.reportedTotal() == null) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "no-figures",
                    "No figures given",
                    "Give the amount of at least one contract type, or the reported total");
        }
        if (request.reportedTotal() != null && typesTotal.compareTo(request.reportedTotal()) > 0) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "inconsistent-total",
                    "The types exceed the total",
                    "The contract types add up to " + typesTotal.toPlainString()
                            + " yuan, more than the reported total "
                            + request.reportedTotal().toPlainString());
        }
        ContractStatistic statistic = ContractStatistic.find("region = ?1 and reportYear = ?2", region, year)
                .firstResult();
        if (statistic == null) {
            statistic = new ContractStatistic();
            statistic.region = region;
            statistic.reportYear = year;
        }
        statistic.development = request.development();
        statistic.transfer = request.transfer();
        statistic.service = request.service();
        statistic.consulting = request.consulting();
        statistic.reportedTotal = request.reportedTotal();
        statistic.source = request.source() == null || request.source().isBlank()
                ? null
                : request.source().strip();
        statistic.updatedBy = admin;
        statistic.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
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
