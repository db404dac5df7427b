package cn.chuanyu.alliance.board;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three lists of the board: 需求 demands, 资源 resources, 项目 projects. */
@Schema(
        description = "The list of the board an item is on: DEMAND 需求, RESOURCE 资源, PROJECT 项目",
        extensions = @Extension(name = "x-enum-labels", parseValue = true, value = """
                {"zh-CN": {"DEMAND": "需求", "RESOURCE": "资源", "PROJECT": "项目"},
                 "en": {"DEMAND": "Demand", "RESOURCE": "Resource", "PROJECT": "Project"}}"""))
public enum BoardItemKind {
    DEMAND,
    RESOURCE,
    PROJECT
}
