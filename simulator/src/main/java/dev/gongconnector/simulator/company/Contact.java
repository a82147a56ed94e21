package dev.gongconnector.simulator.company;

/** A person at a prospect account. */
public record Contact(
    String firstName, String lastName, String title, String email, String phone, String crmId) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
