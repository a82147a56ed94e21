package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An action added by an embedding application is refused at server build if its schema is bad. */
class ForeignSchemasTest {

  @Test
  void aForeignActionWithAnInvalidSchemaRefusesTheServerNamingIt() {
    ObjectNode bad = JsonNodeFactory.instance.objectNode().put("type", 5);
    List<Action> actions = new ArrayList<>(ActionRegistry.definitions());
    actions.add(new Extra("my_tool", bad));
    assertThatThrownBy(() -> GongMcpServer.builder().actions(actions).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("my_tool")
        .hasMessageContaining("invalid input schema");
  }

  @Test
  void aForeignActionWithAValidSchemaIsServedBesideTheBuiltInOnes() {
    ObjectNode good = JsonNodeFactory.instance.objectNode().put("type", "object");
    good.putObject("properties").putObject("n").put("type", "integer");
    List<Action> actions = new ArrayList<>(ActionRegistry.definitions());
    actions.add(new Extra("my_tool", good));
    GongMcpServer server = GongMcpServer.builder().actions(actions).build();
    assertThat(server.actions()).extracting(Action::name).contains("my_tool", "get_call");
  }

  @Test
  void onlyActionsOfTheActionsModuleCountAsBuiltIn() {
    assertThat(ActionRegistry.definitions()).allMatch(ForeignSchemas::builtIn);
    assertThat(ForeignSchemas.builtIn(new Extra("x", JsonNodeFactory.instance.objectNode())))
        .isFalse();
  }

  private record Extra(String name, ObjectNode inputSchema) implements Action {
    @Override
    public List<String> aliases() {
      return List.of();
    }

    @Override
    public String description() {
      return "An action of an embedding application.";
    }

    @Override
    public boolean writes() {
      return false;
    }

    @Override
    public ActionResult execute(JsonNode params, ProgressListener progress) {
      return ActionResult.ok(params);
    }
  }
}
