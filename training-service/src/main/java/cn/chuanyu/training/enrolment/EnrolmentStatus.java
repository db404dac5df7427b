package cn.chuanyu.training.enrolment;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a trainee stands in a programme. */
@Schema(
        description = "Where a trainee stands in a programme: ENROLLED has a place, WAITLISTED waits in order of "
                + "request for a freed place, WITHDRAWN left the programme or its waiting list",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                        {"zh-CN": {
                          "ENROLLED": "报名成功",
                          "WAITLISTED": "候补",
                          "WITHDRAWN": "已退出"},
                         "en": {
                          "ENROLLED": "Enrolled",
                          "WAITLISTED": "Waitlisted",
                          "WITHDRAWN": "Withdrawn"}}"""))
public enum EnrolmentStatus {
    /** has a place (报名成功) */
    ENROLLED,
    /** on the waiting list, in order of request, for a freed place */
    WAITLISTED,
    /** left the programme or the waiting list */
    WITHDRAWN
}
