package cn.chuanyu.training.demo;

import static cn.chuanyu.training.kernel.TrainingClock.CHINA;

import cn.chuanyu.training.attendance.AttendanceMode;
import cn.chuanyu.training.attendance.AttendanceRequest;
import cn.chuanyu.training.attendance.Attendances;
import cn.chuanyu.training.certificate.Certificate;
import cn.chuanyu.training.certificate.Certificates;
import cn.chuanyu.training.course.Course;
import cn.chuanyu.training.course.CourseMode;
import cn.chuanyu.training.course.CourseRequest;
import cn.chuanyu.training.course.Courses;
import cn.chuanyu.training.course.SessionRequest;
import cn.chuanyu.training.enrolment.EnrolRequest;
import cn.chuanyu.training.enrolment.Enrolment;
import cn.chuanyu.training.enrolment.Enrolments;
import cn.chuanyu.training.exam.Exams;
import cn.chuanyu.training.exam.ScoreRequest;
import cn.chuanyu.training.exam.SittingRequest;
import cn.chuanyu.training.kernel.Caller;
import cn.chuanyu.training.programme.BrokerLevel;
import cn.chuanyu.training.programme.CreateProgrammeRequest;
import cn.chuanyu.training.programme.TeachingMode;
import cn.chuanyu.training.programme.TrainingProgramme;
import cn.chuanyu.training.programme.TrainingProgrammes;
import cn.chuanyu.training.registry.ContractStatistics;
import cn.chuanyu.training.registry.InstitutionLevel;
import cn.chuanyu.training.registry.Institutions;
import cn.chuanyu.training.registry.Region;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The source page's third article (重庆日报, December 2020) as demo data: the 2020 primary technology-broker course at
 * 易智网总部基地 with its 16 online and offline courses, one demo trainee taken through attendance, the exam and the
 * certificate, and Chongqing's technology-transfer figures (8 national and 22 municipal demonstration institutions;
 * 150.4亿元 of technology contracts in 2019). Loaded once when {@code chuanyu.demo-data.enabled}, through the same domain
 * code and outbox as real use, so the events reach Kafka too.
 */
@ApplicationScoped
public class DemoTraining {

    static final String PROGRAMME = "2020年成渝地区双城经济圈初级技术经纪人培训班";
    static final LocalDate STARTS = LocalDate.of(2020, 12, 10);
    static final LocalDate ENDS = LocalDate.of(2020, 12, 24);
    private static final Logger LOG = Logger.getLogger(DemoTraining.class);
    private static final String ADMIN = "training-admin";
    /** The demo users of the Keycloak realm. */
    private static final String INSTRUCTOR = "instructor";

    private static final String TRAINEE = "trainee";

    /**
     * The page says only that experts of the Ministry of Science and Technology (科技部), Beijing, Shanghai, Chongqing and
     * Sichuan teach 16 courses online and offline; it names neither courses nor people, so the titles are
     * representative of broker training and the instructors named by origin.
     */
    private record Expert(String name, String affiliation, String account) {}

    private record DemoCourse(String title, Expert expert, CourseMode mode, LocalDate day, boolean afternoon) {}

    private static final Expert MOST = new Expert("科技部特邀专家", "科学技术部火炬高技术产业开发中心", "expert-most");
    private static final Expert BEIJING = new Expert("北京特邀专家", "中国技术交易所", "expert-beijing");
    private static final Expert SHANGHAI = new Expert("上海特邀专家", "上海技术交易所", "expert-shanghai");
    private static final Expert CHONGQING = new Expert("重庆特邀专家", "重庆市科学技术研究院", INSTRUCTOR);
    private static final Expert SICHUAN = new Expert("四川特邀专家", "国家技术转移西南中心", "expert-sichuan");

    private static final List<DemoCourse> COURSES = List.of(
            new DemoCourse("国家技术转移体系建设方案解读", MOST, CourseMode.OFFLINE, day(10), false),
            new DemoCourse("《中华人民共和国促进科技成果转化法》及配套政策解读", MOST, CourseMode.OFFLINE, day(10), true),
            new DemoCourse("技术转移概论与技术经纪人职业素养", CHONGQING, CourseMode.OFFLINE, day(11), false),
            new DemoCourse("技术合同认定登记实务", CHONGQING, CourseMode.ONLINE, day(12), false),
            new DemoCourse("科技成果评价与价值评估", SICHUAN, CourseMode.ONLINE, day(13), false),
            new DemoCourse("知识产权运营与专利布局", BEIJING, CourseMode.ONLINE, day(14), false),
            new DemoCourse("技术交易谈判与合同签订", SHANGHAI, CourseMode.OFFLINE, day(15), false),
            new DemoCourse("科技成果作价入股与收益分配", BEIJING, CourseMode.OFFLINE, day(16), false),
            new DemoCourse("技术市场与技术交易平台运营", SHANGHAI, CourseMode.ONLINE, day(17), false),
            new DemoCourse("科技金融与成果转化融资", SHANGHAI, CourseMode.ONLINE, day(18), false),
            new DemoCourse("高校院所科技成果转化案例分析", SICHUAN, CourseMode.OFFLINE, day(19), false),
            new DemoCourse("企业技术需求挖掘与供需对接", CHONGQING, CourseMode.ONLINE, day(20), false),
            new DemoCourse("国际技术转移实务", BEIJING, CourseMode.ONLINE, day(21), false),
            new DemoCourse("成渝地区双城经济圈科技创新政策", CHONGQING, CourseMode.OFFLINE, day(22), false),
            new DemoCourse("技术经纪服务流程与风险防控", SICHUAN, CourseMode.ONLINE, day(23), false),
            new DemoCourse("技术转移服务机构建设与运营", CHONGQING, CourseMode.OFFLINE, day(24), false));

    private final boolean enabled;
    private final TrainingProgrammes programmes;
    private final Courses courses;
    private final Enrolments enrolments;
    private final Attendances attendance;
    private final Exams exams;
    private final Certificates certificates;
    private final Institutions institutions;
    private final ContractStatistics contracts;

    DemoTraining(
            @ConfigProperty(name = "chuanyu.demo-data.enabled", defaultValue = "false") boolean enabled,
            TrainingProgrammes programmes,
            Courses courses,
            Enrolments enrolments,
            Attendances attendance,
            Exams exams,
            Certificates certificates,
            Institutions institutions,
            ContractStatistics contracts) {
        this.enabled = enabled;
        this.programmes = programmes;
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.exams = exams;
        this.certificates = certificates;
        this.institutions = institutions;
        this.contracts = contracts;
    }

    void load(@Observes StartupEvent startup) {
        if (enabled) {
            loadOnce();
        }
    }

    /** Idempotent: the launcher restarts with its data kept. */
    @Transactional
    void loadOnce() {
        if (TrainingProgramme.count("name = ?1 and startsOn = ?2", PROGRAMME, STARTS) > 0) {
            return;
        }
        // 160余名学员: places for 170
        TrainingProgramme programme = programmes.create(
                new CreateProgrammeRequest(
                        PROGRAMME,
                        BrokerLevel.PRIMARY,
                        List.of("重庆市科学技术研究院", "国家技术转移西南中心"),
                        List.of("重庆技术评估与转移服务中心", "重庆易智网公司", "重庆市技术转移服务技术创新战略联盟"),
                        "易智网总部基地",
                        STARTS,
                        ENDS,
                        170,
                        TeachingMode.BLENDED),
                ADMIN);
        Caller admin = Caller.admin(ADMIN);
        List<UUID> sessions = new ArrayList<>();
        List<AttendanceMode> modes = new ArrayList<>();
        for (DemoCourse c : COURSES) {
            Course course = courses.create(
                    new CourseRequest(
                            programme.id,
                            c.title(),
                            c.expert().name(),
                            c.expert().affiliation(),
                            c.expert().account(),
                            c.mode(),
                            c.day(),
                            c.day(),
                            new BigDecimal("3"),
                            null),
                    ADMIN);
            int hour = c.afternoon() ? 14 : 9;
            sessions.add(courses.addSession(
                            course.id,
                            new SessionRequest(
                                    inChina(c.day(), hour),
                                    inChina(c.day(), hour + 3),
                                    c.title(),
                                    c.mode() == CourseMode.OFFLINE ? "易智网总部基地" : "线上直播课堂",
                                    null),
                            admin)
                    .id);
            modes.add(c.mode() == CourseMode.OFFLINE ? AttendanceMode.OFFLINE : AttendanceMode.ONLINE);
        }

        Enrolment trainee = enrolments.importHistorical(
                new EnrolRequest(programme.id, "演示学员", "重庆易智网公司"), TRAINEE, Instant.parse("2020-12-01T02:00:00Z"));
        for (int i = 0; i < sessions.size(); i++) {
            attendance.record(
                    sessions.get(i),
                    new AttendanceRequest(List.of(new AttendanceRequest.Attendee(trainee.id, modes.get(i)))),
                    admin);
        }
        UUID sitting = exams.schedule(
                        new SittingRequest(programme.id, "2020年初级技术经纪人结业考试", ENDS, new BigDecimal("60")), ADMIN)
                .id;
        exams.score(sitting, new ScoreRequest(trainee.id, new BigDecimal("88")), admin);
        // 课程结束后，通过考试的学员将由国家技术转移人才培养基地颁发结业证书
        Certificate certificate = certificates.issue(trainee.id, ENDS, ADMIN);

        String source = "重庆日报（2020年12月）";
        institutions.report(
                new Institutions.CountRequest(Region.CHONGQING, InstitutionLevel.NATIONAL, 2020, 8, source), ADMIN);
        institutions.report(
                new Institutions.CountRequest(Region.CHONGQING, InstitutionLevel.MUNICIPAL, 2020, 22, source), ADMIN);
        contracts.report(
                Region.CHONGQING,
                2019,
                new ContractStatistics.YearRequest(
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal("15040000000"),
                        "2019年，全社会以技术开发、技术转让、技术服务、技术咨询方式转化科技成果的合同金额达到150.4亿元"),
                ADMIN);
        // not the verification code: like a password of the certificate, it is for its holder (GET /certificates)
        LOG.infof(
                "Demo data loaded: %s with %d courses, trainee '%s' certified as %s, Chongqing's "
                        + "demonstration institutions and 2019 technology contracts",
                PROGRAMME, COURSES.size(), TRAINEE, certificate.number);
    }

    private static OffsetDateTime inChina(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(CHINA).toOffsetDateTime();
    }

    private static LocalDate day(int december) {
        return LocalDate.of(2020, 12, december);
    }
}
