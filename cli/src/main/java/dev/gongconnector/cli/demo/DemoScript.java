package dev.gongconnector.cli.demo;

import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.command.ActionCatalog;
import dev.gongconnector.cli.connection.GongConnection;
import java.io.PrintWriter;

final class DemoScript {
  DemoScript(PrintWriter out, PrintWriter err, CliContext context, ActionCatalog catalog, GongConnection gong) {}

  boolean run() {
    return true;
  }
}
