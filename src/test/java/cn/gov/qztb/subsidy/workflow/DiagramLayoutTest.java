package cn.gov.qztb.subsidy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagrams of processes/ read cleanly in Camunda Modeler and Cockpit. Only the diagram
 * interchange (the bpmndi section) is checked, never what the process does:
 *
 * <ul>
 *   <li>every flow node has exactly one shape, of the grid's size (tasks 100x80, gateways 50x50,
 *       events 36x36, on whole pixels), and no two shapes overlap, except a boundary event with
 *       its host, on whose border it sits;
 *   <li>every sequence flow has exactly one edge, orthogonal, whose first waypoint lies on the drawn
 *       outline of its source (a task's rectangle, an event's circle, a gateway's diamond; within
 *       1px) and whose last lies on its target's, and which passes through no shape;
 *   <li>every external label (named events, gateways and sequence flows) has its bounds, big
 *       enough for the name, overlapping no shape, no other label and no sequence flow;
 *   <li>the flow reads left to right: nothing lies left of the start event and, apart from the
 *       loops back (returns for correction), no sequence flow ends left of where it starts;
 *   <li>text annotations, if any, overlap no shape and no label.
 * </ul>
 */
class DiagramLayoutTest {

  /** How far (in pixels) a waypoint may lie off an outline, or a boundary event's centre off its host's border. */
  static final double TOLERANCE = 1.0;
  /** bpmn-js draws external labels at 11px and wraps them at 90px. */
  static final double LABEL_WRAP = 90;
  static final double LABEL_LINE = 13;

  static List<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.find(Path.of("processes"), 2,
        (path, attributes) -> attributes.isRegularFile() && path.getNameCount() == 3 && path.toString().endsWith(".bpmn"))) {
      return files.sorted().toList();
    }
  }

  @Test
  void everyProgramHasADiagram() throws IOException {
    assertThat(diagrams()).as("processes/*/*.bpmn (run from the repository's root)").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void everyFlowNodeHasExactlyOneShapeOfTheGridSize(Path file) throws IOException {
    Diagram diagram = Diagram.read(file);
    List<String> problems = new ArrayList<>();
    for (FlowNode node : diagram.nodes) {
      List<BpmnShape> shapes = diagram.shapesOf(node);
      if (shapes.size() != 1) {
        problems.add(node.getId() + " has " + shapes.size() + " shapes");
        continue;
      }
      Box box = Box.of(shapes.get(0).getBounds());
      if (!box.isWholePixels()) {
        problems.add(node.getId() + " is not on whole pixels: " + box);
      }
      String size = expectedSize(node);
      if (size != null && !size.equals(box.size())) {
        problems.add(node.getId() + " is " + box.size() + ", the grid's " + kind(node) + " is " + size);
      }
    }
    for (BpmnShape shape : diagram.shapes) {
      if (shape.getBpmnElement() == null) {
        problems.add("shape " + shape.getId() + " shows no element of the process");
      }
    }
    for (BpmnEdge edge : diagram.edges) {
      if (edge.getBpmnElement() == null) {
        problems.add("edge " + edge.getId() + " shows no element of the process");
      }
    }
    assertThat(problems).as("%s: flow nodes without exactly one shape of the grid's size", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void shapesDoNotOverlap(Path file) throws IOException {
    Diagram diagram = Diagram.read(file);
    List<String> problems = new ArrayList<>();
    List<Map.Entry<FlowNode, Box>> boxes = new ArrayList<>(diagram.nodeBoxes().entrySet());
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        FlowNode a = boxes.get(i).getKey();
        FlowNode b = boxes.get(j).getKey();
        if (attached(a, b) || attached(b, a)) {
          continue;
        }
        if (boxes.get(i).getValue().overlaps(boxes.get(j).getValue())) {
          problems.add(a.getId() + " " + boxes.get(i).getValue() + " overlaps " + b.getId() + " " + boxes.get(j).getValue());
        }
      }
    }
    assertThat(problems).as("%s: overlapping shapes", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void boundaryEventsSitOnTheBorderOfTheirHost(Path file) throws IOException {
    Diagram diagram = Diagram.read(file);
    Map<FlowNode, Box> boxes = diagram.nodeBoxes();
    List<String> problems = new ArrayList<>();
    for (FlowNode node : diagram.nodes) {
      if (node instanceof BoundaryEvent boundary && boxes.containsKey(boundary) && boxes.containsKey(boundary.getAttachedTo())) {
        Box event = boxes.get(boundary);
        Box host = boxes.get(boundary.getAttachedTo());
        if (!host.onBorder(event.centerX(), event.centerY())) {
          problems.add(boundary.getId() + " (centre " + point(new double[] {event.centerX(), event.centerY()}) + ") is not on the border of "
              + boundary.getAttachedTo().getId() + " " + host);
        }
      }
    }
    assertThat(problems).as("%s: boundary events off their host's border", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void everySequenceFlowHasOneOrthogonalEdgeFromSourceToTarget(Path file) throws IOException {
    Diagram diagram = Diagram.read(file);
    Map<FlowNode, Box> boxes = diagram.nodeBoxes();
    List<String> problems = new ArrayList<>();
    for (SequenceFlow flow : diagram.flows) {
      List<BpmnEdge> edges = diagram.edgesOf(flow);
      if (edges.size() != 1) {
        problems.add(flow.getId() + " has " + edges.size() + " edges");
        continue;
      }
      List<double[]> points = points(edges.get(0));
      if (points.size() < 2) {
        problems.add(flow.getId() + " has " + points.size() + " waypoints");
        continue;
      }
      double[] first = points.get(0);
      double[] last = points.get(points.size() - 1);
      Box source = boxes.get(flow.getSource());
      Box target = boxes.get(flow.getTarget());
      if (source != null && !onOutline(flow.getSource(), source, first)) {
        problems.add(flow.getId() + " starts at " + point(first) + ", off the outline of its source " + flow.getSource().getId() + " " + source);
      }
      if (target != null && !onOutline(flow.getTarget(), target, last)) {
        problems.add(flow.getId() + " ends at " + point(last) + ", off the outline of its target " + flow.getTarget().getId() + " " + target);
      }
      for (int i = 1; i < points.size(); i++) {
        double[] from = points.get(i - 1);
        double[] to = points.get(i);
        if (!same(from[0], to[0]) && !same(from[1], to[1])) {
          problems.add(flow.getId() + " runs diagonally from " + point(from) + " to " + point(to));
        }
        for (Map.Entry<FlowNode, Box> shape : boxes.entrySet()) {
          if (shape.getValue().inset(TOLERANCE).crossedBy(from, to)) {
            problems.add(flow.getId() + " passes through " + shape.getKey().getId() + " " + shape.getValue()
                + " between " + point(from) + " and " + point(to));
          }
        }
      }
    }
    assertThat(problems).as("%s: sequence flows without one orthogonal edge from source to target", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void labelsOverlapNoShapeNoLabelAndNoFlow(Path file) throws IOException {
    Diagram diagram = Diagram.read(file);
    Map<FlowNode, Box> boxes = diagram.nodeBoxes();
    List<String> problems = new ArrayList<>();
    Map<BaseElement, Box> labels = new LinkedHashMap<>();
    List<BaseElement> labelled = new ArrayList<>();
    labelled.addAll(diagram.nodes.stream().filter(n -> n instanceof Event || n instanceof Gateway).toList());
    labelled.addAll(diagram.flows);
    for (BaseElement element : labelled) {
      String name = element.getAttributeValue("name");
      Box label = diagram.labelOf(element);
      if (label == null) {
        if (name != null && !name.isBlank()) {
          problems.add(element.getId() + " (" + name + ") has no label bounds: Modeler and Cockpit would place its label themselves");
        }
        continue;
      }
      labels.put(element, label);
      if (name != null && !name.isBlank()) {
        double width = textWidth(name);
        double lines = Math.ceil(width / LABEL_WRAP);
        if (label.w < Math.min(width, LABEL_WRAP) - 2 || label.h < lines * LABEL_LINE) {
          problems.add(element.getId() + " label " + label + " is too small for \"" + name + "\" (about "
              + number(Math.min(width, LABEL_WRAP)) + "x" + number(lines * LABEL_LINE) + ")");
        }
      }
    }
    List<Map.Entry<BaseElement, Box>> all = new ArrayList<>(labels.entrySet());
    for (int i = 0; i < all.size(); i++) {
      BaseElement owner = all.get(i).getKey();
      Box label = all.get(i).getValue();
      for (Map.Entry<FlowNode, Box> shape : boxes.entrySet()) {
        if (shape.getKey() != owner && label.overlaps(shape.getValue())) {
          problems.add("label of " + owner.getId() + " " + label + " overlaps " + shape.getKey().getId() + " " + shape.getValue());
        }
      }
      for (int j = i + 1; j < all.size(); j++) {
        if (label.overlaps(all.get(j).getValue())) {
          problems.add("label of " + owner.getId() + " " + label + " overlaps the label of " + all.get(j).getKey().getId() + " " + all.get(j).getValue());
        }
      }
      for (SequenceFlow flow : diagram.flows) {
        for (BpmnEdge edge : diagram.edgesOf(flow)) {
          List<double[]> points = points(edge);
          for (int p = 1; p < points.size(); p++) {
            if (label.crossedBy(points.get(p - 1), points.get(p))) {
              problems.add("label of " + owner.getId() + " " + label + " is crossed by " + flow.getId()
                  + " between " + point(points.get(p - 1)) + " and " + point(points.get(p)));
            }
          }
        }
      }
    }
    assertThat(problems).as("%s: labels placed over other elements", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void flowReadsLeftToRight(Path file) throws IOException {
    Diagram diagram = Diagram.read(file);
    Map<FlowNode, Box> boxes = diagram.nodeBoxes();
    Map<FlowNode, List<SequenceFlow>> outgoing = new HashMap<>();
    Set<FlowNode> targets = new HashSet<>();
    for (SequenceFlow flow : diagram.flows) {
      outgoing.computeIfAbsent(flow.getSource(), n -> new ArrayList<>()).add(flow);
      targets.add(flow.getTarget());
    }
    // roots: start events first, then every other node nothing flows into (boundary events)
    List<FlowNode> roots = diagram.nodes.stream().filter(n -> !targets.contains(n))
        .sorted(Comparator.comparing((FlowNode n) -> !(n instanceof StartEvent))).toList();
    Set<SequenceFlow> loopsBack = new HashSet<>();
    Set<FlowNode> visited = new HashSet<>();
    for (FlowNode root : Stream.concat(roots.stream(), diagram.nodes.stream()).toList()) {
      findLoopsBack(root, outgoing, visited, new HashSet<>(), loopsBack);
    }
    List<String> problems = new ArrayList<>();
    // the process starts at the left: no flow node of it lies left of its start event
    diagram.nodes.stream().filter(n -> n instanceof StartEvent && n.getParentElement() instanceof Process && boxes.containsKey(n))
        .mapToDouble(n -> boxes.get(n).centerX()).min().ifPresent(start -> boxes.forEach((node, box) -> {
          if (node.getParentElement() instanceof Process && box.centerX() < start - TOLERANCE) {
            problems.add(node.getId() + " (centre x " + number(box.centerX()) + ") lies left of the start event (centre x " + number(start) + ")");
          }
        }));
    for (SequenceFlow flow : diagram.flows) {
      Box source = boxes.get(flow.getSource());
      Box target = boxes.get(flow.getTarget());
      if (source != null && target != null && !loopsBack.contains(flow) && target.centerX() < source.centerX() - TOLERANCE) {
        problems.add(flow.getId() + " runs right to left, from " + flow.getSource().getId() + " (centre x " + number(source.centerX())
            + ") to " + flow.getTarget().getId() + " (centre x " + number(target.centerX()) + ")");
      }
    }
    assertThat(problems).as("%s: sequence flows against the reading direction", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void textAnnotationsOverlapNothing(Path file) throws IOException {
    Diagram diagram = Diagram.read(file);
    Map<FlowNode, Box> boxes = diagram.nodeBoxes();
    List<String> problems = new ArrayList<>();
    List<Map.Entry<String, Box>> annotations = new ArrayList<>();
    for (TextAnnotation annotation : diagram.model.getModelElementsByType(TextAnnotation.class)) {
      List<BpmnShape> shapes = diagram.shapesOf(annotation);
      if (shapes.size() != 1) {
        problems.add("text annotation " + annotation.getId() + " has " + shapes.size() + " shapes");
        continue;
      }
      annotations.add(Map.entry(annotation.getId(), Box.of(shapes.get(0).getBounds())));
    }
    for (int i = 0; i < annotations.size(); i++) {
      Map.Entry<String, Box> annotation = annotations.get(i);
      for (Map.Entry<FlowNode, Box> shape : boxes.entrySet()) {
        if (annotation.getValue().overlaps(shape.getValue())) {
          problems.add("text annotation " + annotation.getKey() + " overlaps " + shape.getKey().getId());
        }
      }
      for (BpmnShape shape : diagram.shapes) {
        Box label = labelBox(shape.getBpmnLabel());
        if (label != null && annotation.getValue().overlaps(label)) {
          problems.add("text annotation " + annotation.getKey() + " overlaps the label of " + id(shape.getBpmnElement()));
        }
      }
      for (BpmnEdge edge : diagram.edges) {
        Box label = labelBox(edge.getBpmnLabel());
        if (label != null && annotation.getValue().overlaps(label)) {
          problems.add("text annotation " + annotation.getKey() + " overlaps the label of " + id(edge.getBpmnElement()));
        }
      }
      for (int j = i + 1; j < annotations.size(); j++) {
        if (annotation.getValue().overlaps(annotations.get(j).getValue())) {
          problems.add("text annotation " + annotation.getKey() + " overlaps text annotation " + annotations.get(j).getKey());
        }
      }
    }
    assertThat(problems).as("%s: overlapping text annotations", file).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  /** A depth-first walk: a flow to a node still on the walk's path closes a loop and may run back left. */
  private static void findLoopsBack(FlowNode node, Map<FlowNode, List<SequenceFlow>> outgoing, Set<FlowNode> visited,
      Set<FlowNode> path, Set<SequenceFlow> loopsBack) {
    if (!visited.add(node)) {
      return;
    }
    path.add(node);
    for (SequenceFlow flow : outgoing.getOrDefault(node, List.of())) {
      if (path.contains(flow.getTarget())) {
        loopsBack.add(flow);
      } else {
        findLoopsBack(flow.getTarget(), outgoing, visited, path, loopsBack);
      }
    }
    path.remove(node);
  }

  private static boolean attached(FlowNode event, FlowNode host) {
    return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
  }

  private static String kind(FlowNode node) {
    return node instanceof Gateway ? "gateway" : node instanceof Event ? "event" : "task";
  }

  /** The grid: tasks 100x80, gateways 50x50, events 36x36 (an expanded sub-process is as big as its content). */
  private static String expectedSize(FlowNode node) {
    if (node instanceof Gateway) {
      return "50x50";
    }
    if (node instanceof Event) {
      return "36x36";
    }
    if (node instanceof SubProcess) {
      return null;
    }
    return node instanceof Activity ? "100x80" : null;
  }

  /** Whether a point lies on the drawn outline: a task's rectangle, an event's circle, a gateway's diamond. */
  private static boolean onOutline(FlowNode node, Box box, double[] p) {
    double dx = Math.abs(p[0] - box.centerX());
    double dy = Math.abs(p[1] - box.centerY());
    double a = box.w / 2;
    double b = box.h / 2;
    if (node instanceof Event) {
      return Math.abs(Math.hypot(dx / a, dy / b) - 1) * Math.min(a, b) <= TOLERANCE;
    }
    if (node instanceof Gateway) {
      return Math.abs(dx / a + dy / b - 1) / Math.hypot(1 / a, 1 / b) <= TOLERANCE;
    }
    return box.onBorder(p[0], p[1]);
  }

  /** About how wide bpmn-js draws a name at 11px: CJK characters full width, others about half. */
  private static double textWidth(String name) {
    double width = 0;
    for (int i = 0; i < name.length(); i++) {
      width += Character.UnicodeScript.of(name.charAt(i)) == Character.UnicodeScript.HAN || name.charAt(i) > 0x2E80 ? 11 : 6;
    }
    return width;
  }

  private static List<double[]> points(BpmnEdge edge) {
    return edge.getWaypoints().stream().map(w -> new double[] {w.getX(), w.getY()}).toList();
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) < 0.01;
  }

  private static String point(double[] p) {
    return "(" + number(p[0]) + "," + number(p[1]) + ")";
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String id(BaseElement element) {
    return element == null ? "?" : element.getId();
  }

  private static Box labelBox(BpmnLabel label) {
    return label == null || label.getBounds() == null ? null : Box.of(label.getBounds());
  }

  /** A diagram's shapes and edges, found by the element each shows. */
  private record Diagram(BpmnModelInstance model, List<FlowNode> nodes, List<SequenceFlow> flows, List<BpmnShape> shapes,
      List<BpmnEdge> edges) {

    static Diagram read(Path file) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        return new Diagram(model,
            List.copyOf(model.getModelElementsByType(FlowNode.class)),
            List.copyOf(model.getModelElementsByType(SequenceFlow.class)),
            List.copyOf(model.getModelElementsByType(BpmnShape.class)),
            List.copyOf(model.getModelElementsByType(BpmnEdge.class)));
      }
    }

    List<BpmnShape> shapesOf(BaseElement element) {
      return shapes.stream().filter(s -> s.getBpmnElement() == element).toList();
    }

    List<BpmnEdge> edgesOf(BaseElement element) {
      return edges.stream().filter(e -> e.getBpmnElement() == element).toList();
    }

    /** Each flow node's (first) shape. */
    Map<FlowNode, Box> nodeBoxes() {
      Map<FlowNode, Box> boxes = new LinkedHashMap<>();
      for (FlowNode node : nodes) {
        shapesOf(node).stream().findFirst().filter(s -> s.getBounds() != null).ifPresent(s -> boxes.put(node, Box.of(s.getBounds())));
      }
      return boxes;
    }

    Box labelOf(BaseElement element) {
      Stream<BpmnLabel> found = element instanceof SequenceFlow
          ? edgesOf(element).stream().map(BpmnEdge::getBpmnLabel)
          : shapesOf(element).stream().map(BpmnShape::getBpmnLabel);
      return found.map(DiagramLayoutTest::labelBox).filter(b -> b != null).findFirst().orElse(null);
    }
  }

  /** Bounds; overlapping means sharing some area, touching does not count. */
  private record Box(double x, double y, double w, double h) {

    static Box of(Bounds bounds) {
      return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    double centerX() {
      return x + w / 2;
    }

    double centerY() {
      return y + h / 2;
    }

    boolean overlaps(Box other) {
      return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
    }

    Box inset(double by) {
      return new Box(x + by, y + by, w - 2 * by, h - 2 * by);
    }

    /** Whether the axis-parallel segment from-to runs through this box's inside. */
    boolean crossedBy(double[] from, double[] to) {
      double left = Math.min(from[0], to[0]);
      double right = Math.max(from[0], to[0]);
      double top = Math.min(from[1], to[1]);
      double bottom = Math.max(from[1], to[1]);
      boolean acrossX = left == right ? x < left && left < x + w : left < x + w && x < right;
      boolean acrossY = top == bottom ? y < top && top < y + h : top < y + h && y < bottom;
      return acrossX && acrossY;
    }

    boolean onBorder(double px, double py) {
      boolean withinX = px >= x - TOLERANCE && px <= x + w + TOLERANCE;
      boolean withinY = py >= y - TOLERANCE && py <= y + h + TOLERANCE;
      boolean onVertical = Math.abs(px - x) <= TOLERANCE || Math.abs(px - x - w) <= TOLERANCE;
      boolean onHorizontal = Math.abs(py - y) <= TOLERANCE || Math.abs(py - y - h) <= TOLERANCE;
      return (onVertical && withinY) || (onHorizontal && withinX);
    }

    boolean isWholePixels() {
      return x == Math.rint(x) && y == Math.rint(y) && w == Math.rint(w) && h == Math.rint(h);
    }

    String size() {
      return number(w) + "x" + number(h);
    }

    @Override
    public String toString() {
      return "[x=" + number(x) + " y=" + number(y) + " " + size() + "]";
    }
  }
}
