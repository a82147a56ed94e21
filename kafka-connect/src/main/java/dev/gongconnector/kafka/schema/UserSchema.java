package dev.gongconnector.kafka.schema;

import dev.gongconnector.client.users.User;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/** The value of a record on the users topic. */
public final class UserSchema {

  public static final Schema VALUE =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.User")
          .version(1)
          .field("id", Schema.STRING_SCHEMA)
          .field("emailAddress", Schema.OPTIONAL_STRING_SCHEMA)
          .field("firstName", Schema.OPTIONAL_STRING_SCHEMA)
          .field("lastName", Schema.OPTIONAL_STRING_SCHEMA)
          .field("title", Schema.OPTIONAL_STRING_SCHEMA)
          .field("phoneNumber", Schema.OPTIONAL_STRING_SCHEMA)
          .field("active", Schema.OPTIONAL_BOOLEAN_SCHEMA)
          .field("created", Structs.OPTIONAL_TIMESTAMP)
          .field("managerId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("emailAliases", Structs.STRINGS)
          .build();

  private UserSchema() {}

  public static Struct toStruct(User u) {
    return new Struct(VALUE)
        .put("id", u.id())
        .put("emailAddress", u.emailAddress())
        .put("firstName", u.firstName())
        .put("lastName", u.lastName())
        .put("title", u.title())
        .put("phoneNumber", u.phoneNumber())
        .put("active", u.active())
        .put("created", Structs.date(u.created()))
        .put("managerId", u.managerId())
        .put("emailAliases", u.emailAliases());
  }
}
