package dev.gongconnector.actions;

import java.util.Objects;

/**
 * Where an action's answer keeps its list and the record type of the list's elements, so that a
 * front end can lay the list out as rows (the command line's table and CSV columns are the
 * components of {@code row}) without guessing from the data.
 *
 * @param field the answer's component holding the list, e.g. {@code calls}
 * @param row the record type of its elements, or null when they vary in shape (the columns are then
 *     the rows' own, in order of first appearance)
 */
public record Listing(String field, Class<? extends Record> row) {

  public Listing {
    Objects.requireNonNull(field, "field");
  }
}
