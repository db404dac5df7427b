package cn.chuanyu.training.registry;

import cn.chuanyu.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response.Status;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;

/**
 * One region's technology-contract turnover in one year, in yuan: by contract type where known, and the total as
 * reported (statistics often publish only the total, e.g. 2019 Chongqing: 150.4亿元).
 */
@Entity
@Audited
@Table(name = "technology_contract_statistic")
@IdClass(ContractStatistic.Key.class)
public class ContractStatistic extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    public Region region;

    /** The calendar year of the figures ({@code year} is an HQL function name, hence the attribute's name). */
    @Id
    @Column(name = "year")
    public int reportYear;

    public BigDecimal development;

    public BigDecimal transfer;

    public BigDecimal service;

    public BigDecimal consulting;

    @Column(name = "reported_total")
    public BigDecimal reportedTotal;

    public String source;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A region's row for a year, not yet reported; statistics start in 1980. */
    static ContractStatistic of(Region region, int year) {
        if (year < 1980 || year > 2100) {
            throw new ProblemException(Status.BAD_REQUEST, "invalid-year", "invalid-year", year);
        }
        var statistic = new ContractStatistic();
        statistic.region = region;
        statistic.reportYear = year;
        return statistic;
    }

    /**
     * Records the year's figures, replacing earlier ones: at least one amount or the total, and the types never more
     * than the reported total.
     */
    void report(ContractStatistics.YearRequest figures, String admin, Instant now) {
        List<BigDecimal> types = Stream.of(
                        figures.development(), figures.transfer(), figures.service(), figures.consulting())
                .filter(Objects::nonNull)
                .toList();
        if (types.isEmpty() && figures.reportedTotal() == null) {
            throw new ProblemException(Status.BAD_REQUEST, "no-figures", "no-figures");
        }
        BigDecimal typesTotal = types.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (figures.reportedTotal() != null && typesTotal.compareTo(figures.reportedTotal()) > 0) {
            throw new ProblemException(
                    Status.BAD_REQUEST,
                    "inconsistent-total",
                    "inconsistent-total",
                    typesTotal.toPlainString(),
                    figures.reportedTotal().toPlainString());
        }
        development = figures.development();
        transfer = figures.transfer();
        service = figures.service();
        consulting = figures.consulting();
        reportedTotal = figures.reportedTotal();
        source = figures.source() == null || figures.source().isBlank()
                ? null
                : figures.source().strip();
        updatedBy = admin;
        updatedAt = now;
    }

    public BigDecimal amount(ContractType type) {
        return switch (type) {
            case DEVELOPMENT -> development;
            case TRANSFER -> transfer;
            case SERVICE -> service;
            case CONSULTING -> consulting;
        };
    }

    public static class Key implements Serializable {
        public Region region;
        public int reportYear;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.region == region && k.reportYear == reportYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(region, reportYear);
        }
    }
}
