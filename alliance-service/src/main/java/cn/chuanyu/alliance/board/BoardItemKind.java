package cn.chuanyu.alliance.board;

/** The three lists of the board: 需求 demands, 资源 resources, 项目 projects. */
public enum BoardItemKind {
    DEMAND,
    RESOURCE,
    PROJECT
}
