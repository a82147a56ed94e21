package dev.gongconnector.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Listing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an action's {@code data} into rows of named cells, for the table, CSV and JSON Lines
 * outputs. An action that answers a list declares its {@link Listing}: the list's field, and the
 * columns (its row type's components, or the rows' own when they vary). Transcripts are exploded
 * down to their sentences (each sentence row keeps its call's fields) because one row per sentence
 * is what a reader or a pipeline wants. Without a listing the object is one row.
 */
public final class Rows {

  /** Array fields whose elements replace their parent row (with the parent's other fields kept). */
  static final List<String> EXPLODE_FIELDS = List.of("transcript", "monologues", "sentences");

  private final List<ObjectNode> records;
  private final String listField;
  private final ObjectNode meta;
  private final boolean single;
  private final Set<String> inherited;
  private List<String> declared; // the row type's columns, when the action declared it

  private Rows(
      List<ObjectNode> records,
      String listField,
      ObjectNode meta,
      boolean single,
      Set<String> inherited) {
    this.records = records;
    this.listField = listField;
    this.meta = meta;
    this.single = single;
    this.inherited = inherited;
  }

  /**
   * The rows of the list {@code listing} names in {@code data}; {@link #of(JsonNode)} when there is
   * no listing or {@code data} does not hold it.
   */
  public static Rows of(JsonNode data, Listing listing) {
    if (listing == null || data == null || !data.path(listing.field()).isArray()) return of(data);
    ObjectNode meta = JsonNodeFactory.instance.objectNode();
    data.properties().forEach(e -> meta.set(e.getKey(), e.getValue()));
    meta.remove(listing.field());
    Set<String> inherited = new HashSet<>();
    List<ObjectNode> records =
        explodeAll(data.get(listing.field()), JsonNodeFactory.instance.objectNode(), inherited);
    Rows rows = new Rows(records, listing.field(), meta, false, inherited);
    if (listing.row() != null && inherited.isEmpty()) rows.declared = Columns.of(listing.row());
    return rows;
  }

  /**
   * {@code data} as one row (its elements when it is an array; a scalar is a {@code value} cell).
   */
  public static Rows of(JsonNode data) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Set<String> inherited = new HashSet<>();
    if (data == null || data.isNull() || data.isMissingNode())
      return new Rows(List.of(), null, f.objectNode(), false, inherited);
    if (data.isArray())
      return new Rows(
          explodeAll(data, f.objectNode(), inherited), null, f.objectNode(), false, inherited);
    ObjectNode row = data.isObject() ? (ObjectNode) data : f.objectNode().set("value", data);
    return new Rows(List.of(row), null, f.objectNode(), true, inherited);
  }

  private static List<ObjectNode> explodeAll(
      JsonNode array, ObjectNode parent, Set<String> inherited) {
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode element : array) {
      if (element.isObject()) {
        explode((ObjectNode) element, parent, out, inherited);
      } else {
        ObjectNode value = parent.deepCopy();
        value.set("value", element);
        out.add(value);
      }
    }
    return out;
  }

  private static void explode(
      ObjectNode record, ObjectNode parent, List<ObjectNode> out, Set<String> inherited) {
    String nested = null;
    for (String name : EXPLODE_FIELDS) {
      JsonNode child = record.get(name);
      if (child != null && child.isArray() && child.size() > 0 && child.get(0).isObject()) {
        nested = name;
        break;
      }
    }
    ObjectNode merged = parent.deepCopy();
    if (nested == null) {
      boolean emptyParent = false;
      for (String name : EXPLODE_FIELDS) emptyParent |= record.path(name).isArray();
      if (!emptyParent) {
        merged.setAll(record);
      } else {
        // A transcript without sentences is still a row, with the columns its siblings' rows have.
        for (Map.Entry<String, JsonNode> e : record.properties()) {
          if (!e.getValue().isArray()) merged.set(e.getKey(), e.getValue());
        }
      }
      out.add(merged);
      return;
    }
    // The parent's own fields (callId, title) go onto every child row; its other lists (speakers)
    // do not.
    for (Map.Entry<String, JsonNode> e : record.properties()) {
      if (e.getKey().equals(nested) || e.getValue().isArray()) continue;
      merged.set(e.getKey(), e.getValue());
      inherited.add(e.getKey());
    }
    for (JsonNode child : record.get(nested)) {
      if (child.isObject()) explode((ObjectNode) child, merged, out, inherited);
    }
  }

  /** The records (unflattened, transcripts exploded), for JSON Lines. */
  public List<ObjectNode> records() {
    return records;
  }

  /**
   * The name of the list field inside {@code data}, or null when {@code data} was the list or a
   * single object.
   */
  public String listField() {
    return listField;
  }

  /** The other members of {@code data} beside the list (pagination, truncated, totals...). */
  public ObjectNode meta() {
    return meta;
  }

  /** True when {@code data} held no list but one object. */
  public boolean single() {
    return single;
  }

  /**
   * Top-level fields copied from a parent onto exploded rows (a transcript's title on each
   * sentence).
   */
  public Set<String> inheritedColumns() {
    return inherited;
  }

  /** Each record flattened: nested objects become {@code a.b} cells, arrays are joined. */
  public List<Map<String, String>> flattened() {
    List<Map<String, String>> out = new ArrayList<>(records.size());
    for (ObjectNode record : records) {
      Map<String, String> row = new LinkedHashMap<>();
      flatten("", record, row, 0);
      out.add(row);
    }
    return out;
  }

  /**
   * The columns: the declared row type's, else every column of the flattened rows in order of first
   * appearance.
   */
  public List<String> columns() {
    return declared != null ? declared : columns(flattened());
  }

  /** Every column of the flattened rows, in order of first appearance. */
  static List<String> columns(List<Map<String, String>> rows) {
    Set<String> columns = new LinkedHashSet<>();
    for (Map<String, String> row : rows) columns.addAll(row.keySet());
    return new ArrayList<>(columns);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> row, int depth) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = prefix + e.getKey();
      JsonNode value = e.getValue();
      // Gong's extensive call data keeps the call's own fields in metaData: they become plain
      // columns.
      if (depth == 0 && e.getKey().equals("metaData") && value.isObject())
        flatten("", value, row, 1);
      else if (value.isObject() && depth < 2) flatten(key + ".", value, row, depth + 1);
      else row.put(key, cell(value));
    }
  }

  /**
   * One cell: text as is, arrays of scalars joined with "; ", arrays of named objects by their
   * names.
   */
  static String cell(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) return "";
    if (value.isValueNode()) return value.asText();
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode element : value) {
        if (element.isValueNode()) parts.add(element.asText());
        else if (element.isObject() && label(element) != null) parts.add(label(element));
        else return value.toString();
      }
      return String.join("; ", parts);
    }
    return value.toString();
  }

  private static String label(JsonNode element) {
    for (String name : List.of("name", "title", "text", "emailAddress", "phoneNumber", "id")) {
      JsonNode v = element.get(name);
      if (v != null && v.isValueNode() && !v.asText().isBlank()) return v.asText();
    }
    return null;
  }
}
