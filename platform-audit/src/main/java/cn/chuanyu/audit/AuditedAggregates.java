package cn.chuanyu.audit;

import java.util.List;
import java.util.Optional;

/** What a service audits: it produces one of these (a CDI bean) for {@link AuditTrail}. */
public record AuditedAggregates(List<AuditedAggregate> all) {

    public AuditedAggregates {
        all = List.copyOf(all);
    }

    public Optional<AuditedAggregate> ofType(String type) {
        return all.stream().filter(aggregate -> aggregate.type().equals(type)).findFirst();
    }

    public List<String> types() {
        return all.stream().map(AuditedAggregate::type).toList();
    }
}
