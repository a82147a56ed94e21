package dev.gongconnector.client.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A user whose access a permission profile controls ({@code UserSimpleMetadata}).
 *
 * @param id user id
 * @param fullName name
 * @param emailAddress email
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfileUser(String id, String fullName, String emailAddress) {

  /**
   * Checks that {@code id} is present.
   *
   * @param id user id
   * @param fullName name
   * @param emailAddress email
   */
  public ProfileUser {
    java.util.Objects.requireNonNull(id, "id");
  }
}
