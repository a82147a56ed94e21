package dev.gongconnector.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.calls.AddNewCallAction;
import dev.gongconnector.actions.calls.GetCallAction;
import dev.gongconnector.actions.calls.GetExtensiveDataAction;
import dev.gongconnector.actions.calls.ListCallsAction;
import dev.gongconnector.actions.calls.MediaPolicy;
import dev.gongconnector.actions.calls.UploadCallMediaAction;
import dev.gongconnector.actions.library.LibraryAccess;
import dev.gongconnector.actions.library.LocalLibrarySearchBackend;
import dev.gongconnector.actions.library.SearchTranscriptsAction;
import dev.gongconnector.actions.library.SyncLibraryAction;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.actions.search.CallSearchBackend;
import dev.gongconnector.actions.search.GongApiSearchBackend;
import dev.gongconnector.actions.search.SearchCallsAction;
import dev.gongconnector.actions.transcripts.RetrieveTranscriptsAction;
import dev.gongconnector.actions.users.GetUserAction;
import dev.gongconnector.actions.users.ListUsersAction;
import dev.gongconnector.actions.workspaces.ListWorkspacesAction;
import dev.gongconnector.client.GongClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every action over one {@link GongClient}, looked up by name or alias in any spelling ({@code
 * add-call}, {@code add_call}, {@code addCall}). Write actions ({@link Action#writes()}) are listed
 * and runnable only when the registry is built with {@link Builder#allowWrites(boolean)}.
 *
 * <pre>{@code
 * ActionRegistry actions = ActionRegistry.builder(client).build();
 * ActionResult r = actions.execute("search-calls", params);
 * }</pre>
 */
public final class ActionRegistry {

  private final List<Action> all;
  private final Map<String, Action> byName = new LinkedHashMap<>();
  private final boolean allowWrites;

  private ActionRegistry(Builder b) {
    this.allowWrites = b.allowWrites;
    List<Action> actions = new ArrayList<>();
    for (Supplier<List<Action>> builtIn : builtIns(b)) actions.addAll(builtIn.get());
    for (Function<GongClient, Action> extra : b.extras) {
      Action a = Objects.requireNonNull(extra.apply(b.client), "extra action");
      actions.removeIf(
          existing -> existing.name().equals(a.name())); // an extra replaces a built-in
      actions.add(a);
    }
    for (Action a : actions) {
      describeOnly(a, b);
      register(a.name(), a);
      for (String alias : a.aliases()) register(alias, a);
    }
    this.all = List.copyOf(actions);
  }

  /**
   * The built-in actions over the builder's settings, in their order, each group made only when
   * asked: {@link Builder#buildOne} stops at the one it looks for.
   */
  private static List<Supplier<List<Action>>> builtIns(Builder b) {
    GongClient client = b.client; // null: a registry of definitions, which runs nothing
    // The local call library is optional: whoever owns the configuration (the CLI or MCP
    // launcher) passes its root; it then answers search_calls when it covers the range.
    LibraryAccess library = null;
    if (b.libraryRoot != null) {
      library =
          client == null
              ? new LibraryAccess(b.libraryRoot, null) // never opened
              : LibraryAccess.of(client, b.libraryRoot);
    }
    CallSearchBackend search = b.searchBackend;
    if (search == null) {
      search = new GongApiSearchBackend(client);
      if (library != null) search = new LocalLibrarySearchBackend(library, search);
    }
    CallSearchBackend backend = search;
    List<Supplier<List<Action>>> all = new ArrayList<>();
    all.add(() -> List.of(new AddNewCallAction(client, b.media)));
    all.add(() -> List.of(new UploadCallMediaAction(client, b.media)));
    all.add(() -> List.of(new GetCallAction(client)));
    all.add(() -> List.of(new ListCallsAction(client)));
    all.add(() -> List.of(new SearchCallsAction(backend)));
    all.add(() -> List.of(new GetExtensiveDataAction(client)));
    all.add(() -> List.of(new RetrieveTranscriptsAction(client)));
    all.add(() -> List.of(new ListWorkspacesAction(client)));
    all.add(() -> List.of(new ListUsersAction(client)));
    all.add(() -> List.of(new GetUserAction(client)));
    if (library != null) {
      LibraryAccess local = library;
      all.add(() -> List.of(new SearchTranscriptsAction(client, local)));
      all.add(() -> List.of(new SyncLibraryAction(client, local)));
    }
    all.add(() -> ReadApiActions.create(client));
    all.add(() -> PartBActions.all(client));
    return all;
  }

  /** Marks an action of a registry without a client as a definition only. */
  private static void describeOnly(Action a, Builder b) {
    if (b.client == null && a instanceof TypedAction<?> t) t.definitionOnly();
  }

  private void register(String name, Action action) {
    Action previous = byName.put(key(name), action);
    if (previous != null && previous != action) {
      throw new IllegalStateException(
          "name " + name + " is used by " + previous.name() + " and " + action.name());
    }
  }

  private static String key(String name) {
    return Names.canonical(name);
  }

  /** A builder of a registry over {@code client}. */
  public static Builder builder(GongClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * A builder of a registry without a Gong client: its actions describe themselves (names, schemas,
   * descriptions) and check parameters ({@link Action#check}), but {@code execute} answers an
   * {@code internal} error. For help texts, tool lists and refusing bad input before connecting.
   */
  public static Builder describing() {
    return new Builder(null);
  }

  /**
   * Every action (library and write actions included) for help texts, schemas and tool lists; made
   * once per process without a client, so none of them runs.
   */
  public static List<Action> definitions() {
    return Definitions.ALL;
  }

  /**
   * The library root of {@link #definitions()}: never opened, it only makes the library actions
   * part of the definitions.
   */
  public static final Path DEFINITIONS_LIBRARY = Path.of("definitions-only");

  private static final class Definitions {
    static final List<Action> ALL =
        describing().allowWrites(true).library(DEFINITIONS_LIBRARY).build().all();
  }

  /** Whether write actions are enabled. */
  public boolean allowWrites() {
    return allowWrites;
  }

  /** The enabled actions, in a stable order (write actions only when allowed). */
  public List<Action> list() {
    List<Action> out = new ArrayList<>();
    for (Action a : all) {
      if (allowWrites || !a.writes()) out.add(a);
    }
    return Collections.unmodifiableList(out);
  }

  /** Every action including disabled write actions, e.g. for help texts. */
  public List<Action> all() {
    return all;
  }

  /** The enabled action with this name or alias (any spelling), or empty. */
  public Optional<Action> find(String name) {
    if (name == null) return Optional.empty();
    Action a = byName.get(key(name));
    return a == null || (a.writes() && !allowWrites) ? Optional.empty() : Optional.of(a);
  }

  /**
   * Runs the action named {@code name}; an unknown or disabled name is an error envelope, never an
   * exception.
   */
  public ActionResult execute(String name, JsonNode params, ProgressListener progress) {
    Action a = name == null ? null : byName.get(key(name));
    if (a == null) {
      List<String> names = new ArrayList<>();
      list().forEach(x -> names.add(x.name()));
      return ActionResult.failure(
          new ActionError(
              ErrorType.UNKNOWN_ACTION,
              "unknown action '" + name + "'; available: " + String.join(", ", names),
              null,
              null,
              null));
    }
    if (a.writes() && !allowWrites) {
      return ActionResult.failure(
          new ActionError(
              ErrorType.WRITES_DISABLED,
              "action '"
                  + a.name()
                  + "' changes data in "
                  + "Gong and is disabled; enable write actions (--allow-writes) to use it",
              null,
              null,
              null));
    }
    return a.execute(params, progress);
  }

  /** Runs the action without progress reporting. */
  public ActionResult execute(String name, JsonNode params) {
    return execute(name, params, ProgressListener.NONE);
  }

  /** Options of an {@link ActionRegistry}. */
  public static final class Builder {
    private final GongClient client;
    private boolean allowWrites;
    private CallSearchBackend searchBackend;
    private MediaPolicy media = MediaPolicy.none();
    private Path libraryRoot;
    private final List<Function<GongClient, Action>> extras = new ArrayList<>();

    private Builder(GongClient client) {
      this.client = client;
    }

    /**
     * Enables actions that change data in Gong ({@code add_new_call}, {@code upload_call_media});
     * off by default.
     */
    public Builder allowWrites(boolean value) {
      this.allowWrites = value;
      return this;
    }

    /**
     * Which local files {@code media_file} may upload; {@link MediaPolicy#none()} (the default)
     * allows none.
     */
    public Builder mediaPolicy(MediaPolicy policy) {
      this.media = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Answers {@code search_calls} with this backend instead of reading Gong for every search. */
    public Builder searchBackend(CallSearchBackend backend) {
      this.searchBackend = Objects.requireNonNull(backend, "backend");
      return this;
    }

    /**
     * Uses the local call library under {@code root} (see {@code LibraryRoot}): {@code
     * search_calls} answers from it when it covers the range, and {@code search_transcripts} and
     * {@code sync_library} are added. Without it the registry never touches the disk.
     */
    public Builder library(Path root) {
      this.libraryRoot = Objects.requireNonNull(root, "root");
      return this;
    }

    /** Adds an action made from the client; one with a built-in's name replaces it. */
    public Builder add(Function<GongClient, Action> factory) {
      extras.add(Objects.requireNonNull(factory, "factory"));
      return this;
    }

    public ActionRegistry build() {
      return new ActionRegistry(this);
    }

    /**
     * The enabled action with this name or alias (any spelling), as {@code build().find(name)}
     * finds it, made without the actions after it: a command line that runs one action need not
     * build the other forty. (Names and aliases are unique across the registry: {@link #build()}
     * refuses a clash, and the tests build every registry.)
     */
    public Optional<Action> buildOne(String name) {
      if (name == null) return Optional.empty();
      if (!extras.isEmpty()) return build().find(name); // an extra may replace a built-in
      String wanted = key(name);
      for (Supplier<List<Action>> builtIn : builtIns(this)) {
        for (Action a : builtIn.get()) {
          boolean named = key(a.name()).equals(wanted);
          for (String alias : a.aliases()) named |= key(alias).equals(wanted);
          if (named) {
            describeOnly(a, this);
            return a.writes() && !allowWrites ? Optional.empty() : Optional.of(a);
          }
        }
      }
      return Optional.empty();
    }
  }
}
