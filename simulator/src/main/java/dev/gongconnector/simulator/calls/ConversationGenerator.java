package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.calls.Conversation.Speaker;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a call's {@link Conversation} from its scenario, parties and content seed: the same
 * call always gives the same conversation, so the local Gong can let one go and make it again.
 */
final class ConversationGenerator {

  private ConversationGenerator() {}

  static List<Speaker> speakersOf(SimCall call) {
    List<Speaker> out = new ArrayList<>();
    for (Party p : call.parties()) {
      if (p.speakerId() != null) {
        out.add(
            new Speaker(
                p.speakerId(),
                p.id(),
                p.userId(),
                firstName(p.name()),
                "Internal".equals(p.affiliation())));
      }
    }
    boolean hasInternal = out.stream().anyMatch(Speaker::internal);
    boolean hasOther = out.stream().anyMatch(s -> !s.internal()) || out.size() > 1;
    SplittableRandom rng = Ids.rng(call.contentSeed(), 7);
    // Calls without parties still have voices: their speaker ids match no party (clients show
    // "Speaker N").
    if (!hasInternal) {
      out.add(
          0, new Speaker(Long.toString(Ids.next(rng)), null, call.primaryUserId(), "there", true));
    }
    if (!hasOther) {
      out.add(new Speaker(Long.toString(Ids.next(rng)), null, null, "there", false));
    }
    return out;
  }

  private static String firstName(String name) {
    if (name == null || name.isBlank()) {
      return "there";
    }
    int sp = name.indexOf(' ');
    return sp > 0 ? name.substring(0, sp) : name;
  }

  static Conversation generate(SimCall call, Company company) {
    List<Speaker> speakers = speakersOf(call);
    SplittableRandom rng = Ids.rng(call.contentSeed(), 11);
    List<Speaker> internals = new ArrayList<>();
    List<Speaker> externals = new ArrayList<>();
    for (Speaker s : speakers) {
      (s.internal() ? internals : externals).add(s);
    }
    if (externals.isEmpty()) {
      // Internal meeting: the host leads, colleagues answer.
      externals.addAll(internals.subList(1, internals.size()));
      internals.subList(1, internals.size()).clear();
    }
    Filler filler = new Filler(call, company, rng);
    List<String> topics = call.scenario().topics();
    long totalMs = call.duration() * 1000L;
    long[] topicMs = plan(topics, totalMs, rng);
    Conversation.Builder out = new Conversation.Builder();
    long t = 1500 + rng.nextInt(4000);
    Speaker last = null;
    long carry = 0;
    for (int i = 0; i < topics.size(); i++) {
      String topic = topics.get(i);
      long topicEnd = i == topics.size() - 1 ? totalMs - 2000 : t + topicMs[i] + carry;
      carry = 0;
      boolean exhausted = false;
      String[][] lines = Lines.of(topic);
      boolean internalTurn = true;
      while (t < topicEnd - 3000) {
        List<Speaker> side = internalTurn ? internals : externals;
        Speaker sp =
            side.get(
                side.size() == 1 || rng.nextInt(100) < 70 ? 0 : 1 + rng.nextInt(side.size() - 1));
        if (sp == last && speakers.size() > 1) {
          internalTurn = !internalTurn;
          continue;
        }
        Speaker other = (internalTurn ? externals : internals).get(0);
        String[] bank = lines[internalTurn ? 0 : 1];
        boolean brief = out.monologues() > 1 && rng.nextInt(100) < 15;
        int count = brief ? 1 : 1 + rng.nextInt(internalTurn ? 4 : 3);
        int first = out.sentences;
        for (int k = 0; k < count && t < topicEnd; k++) {
          String text =
              brief
                  ? Frames.BACKCHANNEL.get(rng.nextInt(Frames.BACKCHANNEL.size()))
                  : filler.sentence(topic, bank, internalTurn, other.firstName());
          if (text == null) {
            exhausted = true;
            break;
          }
          long len = words(text) * (280L + rng.nextInt(120)) + 300;
          if (t + len > totalMs) {
            break; // the last sentence would outlast the recording (the call's duration)
          }
          out.sentence(t, t + len, text);
          t += len + 100 + rng.nextInt(400);
        }
        if (out.monologue(sp, topic, first)) {
          last = sp;
        }
        t += 200 + rng.nextInt(1500);
        internalTurn = !internalTurn;
        if (exhausted) {
          break;
        }
      }
      // A scripted topic that ran out of things to say hands its remaining time to the next topic.
      if (exhausted) {
        carry = Math.max(0, topicEnd - t);
      } else {
        t = Math.max(t, topicEnd);
      }
    }
    return out.build(speakers);
  }

  private static final java.util.Set<String> COMMON_STARTS =
      java.util.Set.of(
          "Let",
          "On",
          "Does",
          "So",
          "Just",
          "A",
          "What",
          "Good",
          "We",
          "Who",
          "How",
          "My",
          "For",
          "Can",
          "Okay",
          "Honestly",
          "The",
          "Our",
          "Your");

  /** {@link #COMMON_STARTS} as an array, to test a prefix of a sentence without cutting it out. */
  private static final String[] COMMON_START_WORDS = COMMON_STARTS.toArray(String[]::new);

  /**
   * {@code connector + text}, the first word of {@code text} lower-cased unless it is "I" or a name
   * ("Revlytics", "GDPR"): one string built at once, where cutting out the first word to look it
   * up, lower-casing and joining made four (and hashed the cut word) for a large part of the
   * sentences of long calls.
   */
  static String afterConnector(String connector, String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (!commonStart(text, end)) {
      return connector.concat(text);
    }
    return new StringBuilder(connector.length() + text.length())
        .append(connector)
        .append(Character.toLowerCase(text.charAt(0)))
        .append(text, 1, text.length())
        .toString();
  }

  /** Whether {@code text}'s first {@code end} characters are one of {@link #COMMON_STARTS}. */
  private static boolean commonStart(String text, int end) {
    for (String w : COMMON_START_WORDS) {
      if (w.length() == end && text.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** Opening and closing topics get short, fixed-ish slots; the substance shares the rest. */
  private static long[] plan(List<String> topics, long totalMs, SplittableRandom rng) {
    long[] ms = new long[topics.size()];
    double[] weights = new double[topics.size()];
    long fixed = 0;
    double sum = 0;
    for (int i = 0; i < ms.length; i++) {
      long[] range = SHORT_TOPICS.get(topics.get(i));
      if (range != null) {
        ms[i] = range[0] + rng.nextLong(range[1] - range[0]);
        fixed += ms[i];
      } else {
        weights[i] = 0.6 + rng.nextDouble();
        sum += weights[i];
      }
    }
    double scale = fixed > totalMs * 0.6 ? totalMs * 0.6 / fixed : 1;
    long rest = totalMs - (long) (fixed * scale);
    for (int i = 0; i < ms.length; i++) {
      ms[i] = weights[i] > 0 ? (long) (rest * weights[i] / sum) : (long) (ms[i] * scale);
    }
    return ms;
  }

  private static final java.util.Map<String, long[]> SHORT_TOPICS =
      java.util.Map.of(
          "Small Talk",
          new long[] {35_000, 100_000},
          "Call Setup",
          new long[] {15_000, 40_000},
          "Agenda",
          new long[] {25_000, 70_000},
          "Recap",
          new long[] {40_000, 120_000},
          "Introduction",
          new long[] {60_000, 180_000},
          "Next Steps",
          new long[] {60_000, 240_000},
          "Timeline",
          new long[] {60_000, 180_000});

  /**
   * Topics where people follow a script (no generated frames): they end when the script is used up.
   */
  static boolean scripted(String topic) {
    return topic.equals("Small Talk")
        || topic.equals("Call Setup")
        || topic.equals("Agenda")
        || topic.equals("Recap");
  }

  private static int words(String s) {
    int n = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /** Placeholders of the frames: {t} is a thing the topic is about, {T} the same capitalized. */
  private static final Placeholders FRAME = new Placeholders("t", "T", "industry");

  /** Placeholders of {@link Lines} and of the things, in the order of {@code Filler.fill}. */
  private static final Placeholders LINE =
      new Placeholders(
          "account",
          "seller",
          "product",
          "competitor",
          "price",
          "seats",
          "integration",
          "name",
          "day",
          "pct",
          "n");

  /** Fills the placeholders of {@link Lines} consistently for one call. */
  private static final class Filler {
    private final String account;
    private final String seller;
    private final String product;
    private final String competitor;
    private final String price;
    private final String seats;
    private final String integration;
    private final SplittableRandom rng;

    Filler(SimCall call, Company company, SplittableRandom rng) {
      this.rng = rng;
      this.account = call.account() == null ? "the account" : call.account().name();
      this.seller = company.name();
      this.product = company.product();
      this.competitor =
          dev.gongconnector.simulator.company.Trackers.COMPETITORS.get(
              rng.nextInt(dev.gongconnector.simulator.company.Trackers.COMPETITORS.size()));
      int s = 20 + rng.nextInt(480);
      this.seats = Integer.toString(s);
      this.price =
          String.format(
              java.util.Locale.ROOT, "$%,d", (s * (300 + rng.nextInt(900))) / 1000 * 1000);
      this.integration = Lines.INTEGRATIONS.get(rng.nextInt(Lines.INTEGRATIONS.size()));
      this.industry =
          call.account() == null
              ? "your industry"
              : call.account().industry().toLowerCase(java.util.Locale.ROOT);
    }

    // Sized for a long call's sentences: growing it was a few per cent of generating one.
    private final java.util.Set<String> used = new java.util.HashSet<>(1024);
    private final String industry;

    /**
     * A sentence for the topic not said yet in this call (scripted lines, then frames); null when a
     * scripted topic has nothing new left, which ends the topic.
     */
    String sentence(String topic, String[] bank, boolean seller, String name) {
      boolean scripted = scripted(topic);
      for (int attempt = 0; attempt < 12; attempt++) {
        String text;
        if (scripted || rng.nextInt(100) < 45) {
          text = fill(bank[rng.nextInt(bank.length)], name);
        } else {
          List<String> frames = seller ? Frames.SELLER_FRAMES : Frames.BUYER_FRAMES;
          List<String> things = Frames.things(topic);
          String thing = fill(things.get(rng.nextInt(things.size())), name);
          String frame = frames.get(rng.nextInt(frames.size()));
          text =
              FRAME.fill(
                  frame,
                  key ->
                      switch (key) {
                        case 0 -> thing;
                        case 1 -> Character.toUpperCase(thing.charAt(0)) + thing.substring(1);
                        default -> industry;
                      });
          if (attempt > 2 || rng.nextInt(100) < 30) {
            // Long topics use up the frames; spoken connectors keep the sentences distinct.
            String c = Frames.CONNECTORS.get(rng.nextInt(Frames.CONNECTORS.size()));
            text = afterConnector(c, text);
          }
        }
        if (used.add(text)) {
          return text;
        }
      }
      return scripted ? null : Frames.BACKCHANNEL.get(rng.nextInt(Frames.BACKCHANNEL.size()));
    }

    String fill(String template, String name) {
      if (template.indexOf('{') < 0) {
        return template;
      }
      // Drawn for every template with a placeholder, used or not, in this order: the draws that
      // follow (and so every call's transcript) depend on it.
      String day = Lines.DAYS.get(rng.nextInt(Lines.DAYS.size()));
      int pct = 5 + rng.nextInt(30);
      int n = 2 + rng.nextInt(9);
      return LINE.fill(
          template,
          key ->
              switch (key) {
                case 0 -> account;
                case 1 -> seller;
                case 2 -> product;
                case 3 -> competitor;
                case 4 -> price;
                case 5 -> seats;
                case 6 -> integration;
                case 7 -> name;
                case 8 -> day;
                case 9 -> Integer.toString(pct);
                default -> Integer.toString(n);
              });
    }
  }
}
