package cn.chuanyu.alliance.project;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stages of the work chain (工作链条). COMPLETED and CLOSED are final. */
@Schema(
        description = "The stage of a project on the work chain (工作链条); COMPLETED and CLOSED are final",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"DEMAND_PUBLISHED": "需求发布", "PROJECT_COLLECTED": "项目收集", "SIGNED": "签约共建",
                           "CONSULTING": "定期会商", "JOINT_PROMOTION": "合力推动", "COMPLETED": "已完成",
                           "CLOSED": "已关闭"},
                 "en": {"DEMAND_PUBLISHED": "Demand published", "PROJECT_COLLECTED": "Project collected",
                        "SIGNED": "Signed", "CONSULTING": "Regular consultation", "JOINT_PROMOTION": "Joint promotion",
                        "COMPLETED": "Completed", "CLOSED": "Closed"}}"""))
public enum Stage {
    DEMAND_PUBLISHED("需求发布"),
    PROJECT_COLLECTED("项目收集"),
    SIGNED("签约共建"),
    CONSULTING("定期会商"),
    JOINT_PROMOTION("合力推动"),
    COMPLETED("已完成"),
    CLOSED("已关闭");

    public final String label;

    Stage(String label) {
        this.label = label;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CLOSED;
    }

    @Override
    public String toString() {
        return label + " " + name();
    }
}
