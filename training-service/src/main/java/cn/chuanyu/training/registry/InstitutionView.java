package cn.chuanyu.training.registry;

import java.util.UUID;

/** A named demonstration institution as clients see it. */
public record InstitutionView(
        UUID id, String name, InstitutionLevel level, Region region, Integer recognisedIn, String description) {
    static InstitutionView of(DemonstrationInstitution i) {
        return new InstitutionView(i.id, i.name, i.level, i.region, i.recognisedIn, i.description);
    }
}
