package org.segmentlab.ui.common;

/**
 * Style classes of segmentlab.css. Java code names a class from here and never a colour: colours
 * live in the stylesheet as named variables ({@code -sl-accent}, {@code -sl-segment-1..10}).
 */
public final class Css {

    public static final String WORKBENCH = "sl-workbench";
    public static final String TOOL_BAR = "sl-tool-bar";
    public static final String NAVIGATOR = "sl-navigator";
    public static final String NAVIGATOR_CELL = "sl-navigator-cell";
    public static final String NAVIGATOR_HEADER = "sl-navigator-header";
    public static final String BRAND = "sl-brand";
    public static final String ICON = "sl-icon";
    public static final String STEP_CONTENT = "sl-step-content";
    public static final String STEP_HEADER = "sl-step-header";
    public static final String STEP_TITLE = "sl-step-title";
    public static final String STEP_SUBTITLE = "sl-step-subtitle";
    public static final String PLACEHOLDER = "sl-placeholder";
    public static final String PLACEHOLDER_ICON = "sl-placeholder-icon";
    public static final String PLACEHOLDER_TITLE = "sl-placeholder-title";
    public static final String PLACEHOLDER_TEXT = "sl-placeholder-text";
    public static final String STATUS_BAR = "sl-status-bar";
    public static final String STATUS_MESSAGE = "sl-status-message";
    public static final String STATUS_TASK = "sl-status-task";
    public static final String STATUS_TASK_TITLE = "sl-status-task-title";
    public static final String PANEL = "sl-panel";
    public static final String PANEL_TITLE = "sl-panel-title";
    public static final String SOURCE_LIST = "sl-source-list";
    public static final String SOURCE_CELL = "sl-source-cell";
    public static final String SOURCE_NAME = "sl-source-name";
    public static final String SOURCE_DETAIL = "sl-source-detail";
    public static final String SOURCE_PROBLEM = "sl-source-problem";
    public static final String PREVIEW = "sl-preview";
    public static final String ROW_NUMBER = "sl-row-number";
    public static final String NUMERIC_CELL = "sl-numeric-cell";
    public static final String ROLES_EDITOR = "sl-roles-editor";
    public static final String COLUMN_NAME = "sl-column-name";
    public static final String TYPE_BADGE = "sl-type-badge";
    public static final String REPORT = "sl-import-report";
    public static final String METRIC = "sl-metric";
    public static final String METRIC_VALUE = "sl-metric-value";
    public static final String METRIC_LABEL = "sl-metric-label";
    public static final String METRIC_WARNING = "sl-metric-warning";
    public static final String REPORT_SECTION = "sl-report-section";
    public static final String REPORT_LINE = "sl-report-line";
    public static final String NOTE = "sl-note";
    public static final String DROP_ZONE = "sl-drop-zone";
    public static final String DROP_TARGET = "sl-drop-target";
    public static final String DIALOG = "sl-dialog";
    public static final String STACK_TRACE = "sl-stack-trace";

    private Css() {
    }
}
