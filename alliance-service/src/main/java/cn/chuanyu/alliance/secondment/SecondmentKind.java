package cn.chuanyu.alliance.secondment;

/** Who is seconded: a cadre (优秀干部) or a member of the technical staff (专业技术骨干). */
public enum SecondmentKind {
    CADRE,
    TECHNICAL
}
