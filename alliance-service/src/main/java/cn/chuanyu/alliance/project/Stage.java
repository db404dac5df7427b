package cn.chuanyu.alliance.project;

/** The stages of the work chain (工作链条). COMPLETED and CLOSED are final. */
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
