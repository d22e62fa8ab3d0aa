package org.segmentlab.ui.segment.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.segmentlab.core.features.scale.FeatureScaling;
import org.segmentlab.core.segment.cluster.ClusteringAlgorithm;
import org.segmentlab.core.segment.cluster.CovarianceType;
import org.segmentlab.core.segment.cluster.Linkage;
import org.segmentlab.ui.common.Css;

/** The Clusters panel: settings on the left, charts on the right above the segment table. */
final class ClustersView {

    static final String SEGMENT_TABLE = "sl-cluster-segments";
    static final String CHART_TABS = ClusterChartsView.CHART_TABS;

    private final ClustersViewModel model;
    private final BorderPane root = new BorderPane();
    private final ClusterChartsView charts;
    private final CheckListView<String> featureList = new CheckListView<>();
    private boolean syncingFeatures;

    /** @param painter the thread charts are built and drawn on */
    ClustersView(ClustersViewModel model, java.util.concurrent.Executor painter) {
        this.model = model;
        this.charts = new ClusterChartsView(model, painter);
        VBox actions = new VBox(4);
        ScrollPane form = new ScrollPane(settingsForm(actions));
        form.setFitToWidth(true);
        // Run, the chosen k and the status stay in sight below the settings, however long these get
        BorderPane settings = new BorderPane(form);
        settings.setBottom(actions);
        actions.getStyleClass().add(Css.PANEL);
        settings.setPrefWidth(320);
        settings.setMinWidth(280);
        SplitPane results = new SplitPane(charts.root(), segmentTable());
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.68);
        results.setMinWidth(0);
        root.setLeft(settings);
        root.setCenter(results);
        javafx.beans.value.ChangeListener<Node> focus = (obs, old, now) -> keepFocusOffCellGroups(now);
        root.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focus);
            }
        });
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event)
                    && !(event.getTarget() instanceof TextField)) {
                model.undo();
                event.consume();
            }
        });
    }

    Node root() {
        return root;
    }

    ClusterChartsView charts() {
        return charts;
    }

    // ---- settings

    /** The settings; the buttons, the chosen k and the status go into {@code actions}. */
    private Node settingsForm(VBox actions) {
        ComboBox<ClusterChoice> table = new ComboBox<>(model.choices());
        table.valueProperty().bindBidirectional(model.choiceProperty());
        table.setId("cluster-source");
        // The customers entries are long; the full name stays readable when the box is narrow.
        java.util.function.Consumer<ClusterChoice> tip = now ->
                table.setTooltip(now == null ? null : new javafx.scene.control.Tooltip(now.label()));
        table.valueProperty().addListener((obs, old, now) -> tip.accept(now));
        tip.accept(table.getValue());
        ComboBox<String> id = new ComboBox<>(model.columns());
        id.valueProperty().bindBidirectional(model.idColumnProperty());
        id.setId("cluster-id");

        featureList.setId("cluster-features");
        featureList.setPrefHeight(130);
        model.numericColumns().addListener((ListChangeListener<String>) change -> syncFeatureList());
        model.features().addListener((ListChangeListener<String>) change -> syncFeatureChecks());
        featureList.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!syncingFeatures) {
                List<String> chosen = new ArrayList<>();
                for (String column : featureList.getItems()) {
                    if (featureList.getCheckModel().isChecked(column)) {
                        chosen.add(column);
                    }
                }
                model.features().setAll(chosen);
            }
        });
        syncFeatureList();

        ComboBox<FeatureScaling> scaling = enumBox(FeatureScaling.values(), FeatureScaling::label);
        scaling.valueProperty().bindBidirectional(model.scalingProperty());
        scaling.setId("cluster-scaling");
        ComboBox<ClusteringAlgorithm> algorithm = enumBox(ClusteringAlgorithm.values(), ClusteringAlgorithm::label);
        algorithm.valueProperty().bindBidirectional(model.algorithmProperty());
        algorithm.setId("cluster-algorithm");
        Label algorithmHelp = help("");
        algorithmHelp.textProperty().bind(Bindings.createStringBinding(
                () -> ClusterHelp.algorithm(model.algorithmProperty().get()), model.algorithmProperty()));

        Spinner<Integer> minK = intSpinner(2, 30, model.minKProperty());
        minK.setId("cluster-min-k");
        Spinner<Integer> maxK = intSpinner(2, 30, model.maxKProperty());
        maxK.setId("cluster-max-k");
        HBox kRange = new HBox(6, minK, new Label("to"), maxK);
        kRange.setAlignment(Pos.CENTER_LEFT);

        TextField eps = numberField(model.epsProperty(), text -> model.epsProperty().set(Double.parseDouble(text)));
        eps.setId("cluster-eps");
        Spinner<Integer> minPoints = intSpinner(2, 500, model.minPointsProperty());
        minPoints.setId("cluster-min-points");
        ComboBox<Linkage> linkage = enumBox(Linkage.values(), l -> l.cliName());
        linkage.valueProperty().bindBidirectional(model.linkageProperty());
        ComboBox<CovarianceType> covariance = enumBox(CovarianceType.values(),
                c -> c.name().charAt(0) + c.name().substring(1).toLowerCase(Locale.ROOT));
        covariance.valueProperty().bindBidirectional(model.covarianceProperty());
        TextField seed = numberField(model.seedProperty(), text -> model.seedProperty().set(Long.parseLong(text)));
        seed.setId("cluster-seed");

        VBox form = new VBox(4);
        form.getStyleClass().add(Css.PANEL);
        form.getChildren().addAll(
                field("Input", table, "One row per customer: a customer table, or the customers of a "
                        + "transactions or events log with the features computed from their records."),
                field("Customer id", id, null),
                field("Features", featureList, "The numeric columns that describe a customer."),
                field("Scaling", scaling, ClusterHelp.SCALING),
                field("Method", algorithm, null), algorithmHelp);
        VBox kBox = field("Try k from", kRange, ClusterHelp.K_RANGE);
        VBox epsBox = field("Neighbourhood radius (eps)", eps, ClusterHelp.EPS);
        VBox minPointsBox = field("Minimum neighbours", minPoints, ClusterHelp.MIN_POINTS);
        VBox linkageBox = field("Linkage", linkage, ClusterHelp.LINKAGE);
        VBox covarianceBox = field("Component shape", covariance, ClusterHelp.COVARIANCE);
        showFor(kBox, a -> a.takesK());
        showFor(epsBox, a -> a == ClusteringAlgorithm.DBSCAN);
        showFor(minPointsBox, a -> a == ClusteringAlgorithm.DBSCAN);
        showFor(linkageBox, a -> a == ClusteringAlgorithm.HIERARCHICAL);
        showFor(covarianceBox, a -> a == ClusteringAlgorithm.GMM);
        form.getChildren().addAll(kBox, epsBox, minPointsBox, linkageBox, covarianceBox,
                field("Seed", seed, ClusterHelp.SEED));

        Button run = new Button("Run");
        run.setId("cluster-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.runningProperty().or(model.preparingProperty()));
        run.setOnAction(event -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cluster-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());
        HBox buttons = new HBox(8, run, cancel);
        buttons.setPadding(new Insets(8, 0, 4, 0));

        Spinner<Integer> chosenK = intSpinner(1, 30, 2);
        chosenK.setId("cluster-k");
        model.outcomeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chosenK.getValueFactory().setValue(Math.max(1, now.k()));
            }
        });
        Button apply = new Button("Use this k");
        apply.setOnAction(event -> model.applyK(chosenK.getValue()));
        apply.disableProperty().bind(model.runningProperty().or(model.outcomeProperty().isNull()));
        HBox kChoice = new HBox(8, chosenK, apply);
        kChoice.setAlignment(Pos.CENTER_LEFT);
        VBox kChoiceBox = field("Segments", kChoice, ClusterHelp.CHOSEN_K);
        showFor(kChoiceBox, a -> a.takesK());

        Label status = new Label();
        status.setId("cluster-status");
        status.setWrapText(true);
        status.getStyleClass().add(Css.NOTE);
        status.textProperty().bind(model.statusProperty());
        actions.getChildren().addAll(buttons, kChoiceBox, status);
        return form;
    }

    private void showFor(Node node, java.util.function.Predicate<ClusteringAlgorithm> when) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> when.test(model.algorithmProperty().get()), model.algorithmProperty()));
        node.managedProperty().bind(node.visibleProperty());
    }

    private void syncFeatureList() {
        syncingFeatures = true;
        try {
            featureList.getItems().setAll(model.numericColumns());
        } finally {
            syncingFeatures = false;
        }
        syncFeatureChecks();
    }

    private void syncFeatureChecks() {
        syncingFeatures = true;
        try {
            // the new checks all at once: one check per column sent a change per column to every listener
            List<String> items = featureList.getItems();
            List<Integer> toCheck = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                boolean wanted = model.features().contains(items.get(i));
                if (wanted && !featureList.getCheckModel().isChecked(i)) {
                    toCheck.add(i);
                } else if (!wanted && featureList.getCheckModel().isChecked(i)) {
                    featureList.getCheckModel().clearCheck(i);
                }
            }
            if (!toCheck.isEmpty()) {
                featureList.getCheckModel().checkIndices(toCheck.stream().mapToInt(Integer::intValue).toArray());
            }
        } finally {
            syncingFeatures = false;
        }
    }

    private static VBox field(String name, Node control, String helpText) {
        Label label = new Label(name);
        label.getStyleClass().add(Css.PANEL_TITLE);
        VBox box = new VBox(3, label, control);
        if (control instanceof Region) {
            ((Region) control).setMaxWidth(Double.MAX_VALUE);
        }
        if (helpText != null) {
            box.getChildren().add(help(helpText));
        }
        box.setPadding(new Insets(4, 0, 4, 0));
        return box;
    }

    private static Label help(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Css.STEP_SUBTITLE);
        return label;
    }

    private static <E> ComboBox<E> enumBox(E[] values, Function<E, String> label) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<E>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<E>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        return box;
    }

    private static Spinner<Integer> intSpinner(int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    /** A spinner that sets the model's number and follows it (a project restores it). */
    private static Spinner<Integer> intSpinner(int min, int max, javafx.beans.property.IntegerProperty number) {
        Spinner<Integer> spinner = intSpinner(min, max, number.get());
        spinner.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                number.set(now);
            }
        });
        number.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

    /**
     * A text field that passes its number on when the user presses Enter or leaves it (bad input is
     * reverted) and shows the model's number when that changes.
     */
    private static TextField numberField(javafx.beans.value.ObservableValue<? extends Number> number,
                                         java.util.function.Consumer<String> accept) {
        String initial = String.valueOf(number.getValue());
        TextField field = new TextField(initial);
        String[] last = {initial};
        number.addListener((obs, old, now) -> {
            field.setText(String.valueOf(now));
            last[0] = field.getText();
        });
        Runnable commit = () -> {
            try {
                accept.accept(field.getText().strip());
                last[0] = field.getText().strip();
            } catch (NumberFormatException e) {
                field.setText(last[0]);
            }
        };
        field.setOnAction(event -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return field;
    }

    // ---- segment table

    private Node segmentTable() {
        TableView<SegmentRow> table = new TableView<>(model.segments());
        table.getStyleClass().add(SEGMENT_TABLE);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("Run a clustering to see its segments here."));


        TableColumn<SegmentRow, Integer> colour = new TableColumn<>("");
        colour.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().colourIndex()));
        colour.setCellFactory(c -> new SwatchCell());
        colour.setMinWidth(36);
        colour.setMaxWidth(36);
        colour.setSortable(false);
        TableColumn<SegmentRow, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().segmentId() < 0 ? "–" : Integer.toString(c.getValue().segmentId() + 1)));
        number.setMaxWidth(50);
        number.setMinWidth(40);
        TableColumn<SegmentRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setCellFactory(org.segmentlab.ui.common.TextCells.editableWithTooltip());
        name.setEditable(true);
        name.setOnEditCommit(event -> {
            int segmentId = event.getRowValue().segmentId();
            String wanted = event.getNewValue();
            // The editor still has the focus: give it to the table and rename once the cell has finished
            // editing. Replacing the rows under a focused editor left the focus on a node out of the
            // scene, and JavaFX then failed in its focus traversal (NullPointerException in VirtualFlow).
            table.requestFocus();
            javafx.application.Platform.runLater(() -> {
                if (!model.rename(segmentId, wanted)) {
                    table.refresh();
                }
            });
        });
        name.setPrefWidth(330);
        TableColumn<SegmentRow, String> size = new TableColumn<>("Customers");
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.US, "%,d", c.getValue().size())));
        size.setMaxWidth(110);
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<SegmentRow, String> share = new TableColumn<>("Share");
        share.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.format(Locale.US, "%.1f%%", 100 * c.getValue().share())));
        share.setMaxWidth(90);
        share.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<SegmentRow, String> traits = new TableColumn<>("What sets it apart");
        traits.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().traits()));
        traits.setCellFactory(org.segmentlab.ui.common.TextCells.withTooltip());
        traits.setPrefWidth(380);
        TableColumn<SegmentRow, String> action = new TableColumn<>("Action");
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        action.setCellFactory(c -> {
            TextFieldTableCell<SegmentRow, String> cell = new TextFieldTableCell<>(
                    new javafx.util.converter.DefaultStringConverter()) {
                @Override
                public void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean suggested = !empty && org.segmentlab.core.segment.cluster.ActionSuggester.isSuggestion(item);
                    // a suggestion reads as one: in italics, and the editor starts empty rather than with it
                    setStyle(suggested ? "-fx-font-style: italic;" : "");
                    setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
                }

                @Override
                public void startEdit() {
                    super.startEdit();
                    if (getGraphic() instanceof javafx.scene.control.TextField field
                            && org.segmentlab.core.segment.cluster.ActionSuggester.isSuggestion(getItem())) {
                        field.setText("");
                        field.setPromptText(getItem());
                    }
                }
            };
            return cell;
        });
        action.setEditable(true);
        action.setOnEditCommit(event -> {
            int segmentId = event.getRowValue().segmentId();
            String wanted = event.getNewValue();
            table.requestFocus();
            javafx.application.Platform.runLater(() -> {
                if (!model.setAction(segmentId, wanted)) {
                    table.refresh();
                }
            });
        });
        action.setPrefWidth(380);
        // with a value model (the Value step's fit): each segment's lifetime value
        List<TableColumn<SegmentRow, String>> value = org.segmentlab.ui.common.SegmentValueColumns.of(
                SegmentRow::name, model.segmentValuesProperty());
        List<TableColumn<SegmentRow, ?>> all = new java.util.ArrayList<>(List.of(colour, number, name, size, share));
        all.addAll(value);
        all.addAll(List.of(traits, action));
        table.getColumns().setAll(all);
        // headers whole for the short columns; the long ones keep their widths and scroll
        List<TableColumn<SegmentRow, ?>> whole = new java.util.ArrayList<>(List.of(size, share, number));
        whole.addAll(value);
        org.segmentlab.ui.common.TableHeaders.fit(table, whole);
        // the value columns need room: with them the table scrolls sideways rather than squeezing the names
        name.setMinWidth(120);
        Runnable policy = () -> {
            boolean valued = model.segmentValuesProperty().get() != null;
            table.setColumnResizePolicy(valued ? TableView.UNCONSTRAINED_RESIZE_POLICY
                    : TableView.CONSTRAINED_RESIZE_POLICY);
            if (valued) {
                // back to their own widths, which the constrained table may have taken from them
                for (TableColumn<SegmentRow, String> wide : List.of(name, traits, action)) {
                    double width = wide.getPrefWidth();
                    wide.setPrefWidth(width + 1);
                    wide.setPrefWidth(width);
                }
            }
        };
        model.segmentValuesProperty().addListener((obs, old, now) -> policy.run());
        policy.run();
        // one selection for the table and the charts: a segment clicked anywhere is selected everywhere
        boolean[] syncing = {false};
        Runnable selectFromModel = () -> {
            Integer wanted = model.selectedSegmentProperty().get();
            SegmentRow row = wanted == null ? null : model.segments().stream()
                    .filter(r -> r.segmentId() == wanted).findFirst().orElse(null);
            syncing[0] = true;
            try {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else if (table.getSelectionModel().getSelectedItem() != row) {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                }
            } finally {
                syncing[0] = false;
            }
        };
        model.selectedSegmentProperty().addListener((obs, old, now) -> selectFromModel.run());
        model.segments().addListener((javafx.collections.ListChangeListener<SegmentRow>) change ->
                javafx.application.Platform.runLater(selectFromModel));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing[0] && now != null) {
                model.selectedSegmentProperty().set(now.segmentId());
            }
        });

        Button undo = new Button("Undo");
        undo.setId("cluster-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(event -> model.undo());
        undo.setTooltip(new javafx.scene.control.Tooltip("Takes back the last name or action changed"));
        Label title = new Label("Segments");
        title.getStyleClass().add(Css.PANEL_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label("Double-click a name or an action to change it");
        hint.getStyleClass().add(Css.NOTE);
        hint.setMinWidth(0);
        HBox bar = new HBox(8, title, hint, gap, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add(Css.PANEL);
        return box;
    }

    /**
     * Gives the focus to the list or table itself when it lands on the group that holds its cells. That
     * happens when the focused control is replaced (another project opens) and the traversal moves on
     * to a list whose rows are being replaced; JavaFX then fails in its next traversal from that group
     * (NullPointerException in VirtualFlow.findOwnerCell).
     */
    private void keepFocusOffCellGroups(Node owner) {
        if (owner == null || !owner.getStyleClass().contains("sheet")) {
            return;
        }
        Node control = owner;
        while (control != null && !(control instanceof javafx.scene.control.Control)) {
            control = control.getParent();
        }
        Node inside = control;
        while (inside != null && inside != root) {
            inside = inside.getParent();
        }
        if (control != null && inside == root) {
            control.requestFocus();
        }
    }

    /** A square in the segment's palette colour, named by CSS variable. */
    private static final class SwatchCell extends TableCell<SegmentRow, Integer> {
        @Override
        protected void updateItem(Integer colourIndex, boolean empty) {
            super.updateItem(colourIndex, empty);
            if (empty || colourIndex == null) {
                setGraphic(null);
                return;
            }
            Region swatch = new Region();
            swatch.setMinSize(14, 14);
            swatch.setMaxSize(14, 14);
            String variable = colourIndex < 0 ? "-sl-segment-noise" : "-sl-segment-" + (1 + (colourIndex - 1) % 12);
            swatch.setStyle("-fx-background-color: " + variable + "; -fx-background-radius: 3;");
            setGraphic(swatch);
            setAlignment(Pos.CENTER);
        }
    }
}
