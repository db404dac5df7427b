package cn.chuanyu.training.programme;

import java.time.LocalDate;
import java.util.List;

/** Programmes from the source page: the 2020 primary technology-broker course (初级技术经纪人培训班). */
final class ProgrammeFixtures {

    static final String ADMIN = "cqkjy-admin";
    static final String PRIMARY_2020_NAME = "2020年成渝地区双城经济圈初级技术经纪人培训班";

    private ProgrammeFixtures() {}

    static CreateProgrammeRequest primaryBrokers2020() {
        return new CreateProgrammeRequest(
                PRIMARY_2020_NAME,
                BrokerLevel.PRIMARY,
                List.of("重庆市科学技术研究院", "国家技术转移西南中心"),
                List.of("重庆技术评估与转移服务中心", "重庆易智网公司", "重庆市技术转移服务技术创新战略联盟"),
                "易智网总部基地",
                LocalDate.of(2020, 12, 10),
                LocalDate.of(2020, 12, 24),
                170,
                TeachingMode.BLENDED);
    }

    static CreateProgrammeRequest at(BrokerLevel level, String name) {
        var base = primaryBrokers2020();
        return new CreateProgrammeRequest(
                name,
                level,
                base.organisers(),
                base.executors(),
                base.venue(),
                base.startsOn(),
                base.endsOn(),
                base.capacity(),
                base.teachingMode());
    }

    static CreateProgrammeRequest running(LocalDate startsOn, LocalDate endsOn) {
        var base = primaryBrokers2020();
        return new CreateProgrammeRequest(
                base.name(),
                base.level(),
                base.organisers(),
                base.executors(),
                base.venue(),
                startsOn,
                endsOn,
                base.capacity(),
                base.teachingMode());
    }
}
