package cn.chuanyu.training.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One region's technology-contract turnover in one year, in yuan: by contract type where known, and the total as
 * reported (statistics often publish only the total, e.g. 2019 Chongqing: 150.4亿元).
 */
@Entity
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
