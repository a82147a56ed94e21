package dev.gongconnector.cli.command;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.cli.connection.GongConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The actions the command line offers: their descriptions and schemas for help and option
 * generation (available without a connection), and the same action bound to a live connection to
 * run it.
 */
public interface ActionCatalog {

  /** Every action, in the order to list them; used for help and schemas, never to call Gong. */
  List<Action> actions();

  /**
   * The action with this canonical name, ready to run against {@code connection}, uploading media
   * files only from {@code mediaDirs} (empty: the default, {@code GONG_MEDIA_DIRS} or the working
   * directory).
   */
  Action bind(String canonicalName, GongConnection connection, List<Path> mediaDirs);

  /**
   * The action that checks parameters before anything connects: the described one, except that an
   * action reading local files knows the media directories ({@code mediaDirs}, else the default).
   */
  default Action checker(String canonicalName, List<Path> mediaDirs) {
    return find(canonicalName);
  }

  /** The action with this canonical name, with the default media directories. */
  default Action bind(String canonicalName, GongConnection connection) {
    return bind(canonicalName, connection, List.of());
  }

  /**
   * The action called {@code name}: canonical, alias, snake_case or kebab-case, any case; or null.
   */
  default Action find(String name) {
    String wanted = Names.canonical(name);
    for (Action action : actions()) {
      if (Names.canonical(action.name()).equals(wanted)) return action;
    }
    for (Action action : actions()) {
      for (String alias : action.aliases()) {
        if (Names.canonical(alias).equals(wanted)) return action;
      }
    }
    return null;
  }

  /** The command names of every action (kebab-case canonical names), for "known: ..." messages. */
  default List<String> commandNames() {
    List<String> names = new ArrayList<>();
    for (Action action : actions()) names.add(Names.kebab(action.name()));
    return names;
  }
}
