package dev.gongconnector.actions.params;

/** The JSON shape a parameter takes after normalisation. */
public enum ParamType {
  /** A JSON string; numbers are accepted and turned into their decimal text (ids). */
  STRING,
  /** A whole number; a string of digits is accepted. */
  INTEGER,
  /** Any number; a numeric string is accepted. */
  NUMBER,
  /** true/false; the strings "true"/"false" (any case) are accepted. */
  BOOLEAN,
  /** An array of strings; a JSON array in a string or a comma-separated string is accepted. */
  STRING_ARRAY,
  /** An array of objects (e.g. participants); a JSON array in a string is accepted. */
  OBJECT_ARRAY,
  /** An object (e.g. speakers timeline); a JSON object in a string is accepted. */
  OBJECT,
  /**
   * An object of named booleans (content selectors); also accepted: a JSON object in a string, an
   * array of names or a comma-separated string of names, each meaning true.
   */
  FLAGS
}
