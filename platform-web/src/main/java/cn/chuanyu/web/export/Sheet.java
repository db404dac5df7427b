package cn.chuanyu.web.export;

import java.util.List;

/**
 * One exported table: its name (the file's and the Excel sheet's), Chinese column headers and rows of cells. A cell is
 * text, a number (kept a number in Excel) or empty (null).
 */
public record Sheet(String name, List<String> headers, List<List<Object>> rows) {}
