package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated transcript of one call: monologues (speaker, topic, sentences with ms times) that walk
 * through the scenario's topics and fill the call's duration. Everything else of the extensive data
 * (topics, trackers, talk times, questions, ...) is derived from it, so the parts agree with each other.
 */
final class Conversation {

    record Sentence(long start, long end, String text) {
    }

    record Monologue(Speaker speaker, String topic, List<Sentence> sentences) {
        long start() { return sentences.get(0).start(); }

        long end() { return sentences.get(sentences.size() - 1).end(); }
    }

    /** A voice in the call; {@code partyId}/{@code userId} may be null when the call has no parties. */
    record Speaker(String speakerId, String partyId, String userId, String firstName, boolean internal) {
    }

    final List<Speaker> speakers;
    final List<Monologue> monologues;

    private Conversation(List<Speaker> speakers, List<Monologue> monologues) {
        this.speakers = speakers;
        this.monologues = monologues;
    }

    static List<Speaker> speakersOf(SimCall call) {
        List<Speaker> out = new ArrayList<>();
        for (Party p : call.parties()) {
            if (p.speakerId() != null) {
                out.add(new Speaker(p.speakerId(), p.id(), p.userId(), firstName(p.name()),
                        "Internal".equals(p.affiliation())));
            }
        }
        boolean hasInternal = out.stream().anyMatch(Speaker::internal);
        boolean hasOther = out.stream().anyMatch(s -> !s.internal()) || out.size() > 1;
        SplittableRandom rng = Ids.rng(call.contentSeed(), 7);
        // Calls without parties still have voices: their speaker ids match no party (clients show "Speaker N").
        if (!hasInternal) {
            out.add(0, new Speaker(Long.toString(Ids.next(rng)), null, call.primaryUserId(), "there", true));
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
        double[] weights = new double[topics.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            String t = topics.get(i);
            double base = t.equals("Small Talk") || t.equals("Call Setup") || t.equals("Agenda") ? 0.5
                    : t.equals("Next Steps") ? 0.7 : 1.5;
            weights[i] = base * (0.6 + rng.nextDouble());
            sum += weights[i];
        }
        List<Monologue> out = new ArrayList<>();
        long t = 1500 + rng.nextInt(4000);
        Speaker last = null;
        for (int i = 0; i < topics.size(); i++) {
            String topic = topics.get(i);
            long topicEnd = i == topics.size() - 1 ? totalMs - 2000 : t + (long) (totalMs * weights[i] / sum);
            String[][] lines = Lines.of(topic);
            boolean internalTurn = true;
            while (t < topicEnd - 3000) {
                List<Speaker> side = internalTurn ? internals : externals;
                Speaker sp = side.get(side.size() == 1 || rng.nextInt(100) < 70 ? 0 : 1 + rng.nextInt(side.size() - 1));
                if (sp == last && speakers.size() > 1) {
                    internalTurn = !internalTurn;
                    continue;
                }
                Speaker other = (internalTurn ? externals : internals).get(0);
                String[] bank = lines[internalTurn ? 0 : 1];
                int count = 1 + rng.nextInt(internalTurn ? 4 : 3);
                List<Sentence> sentences = new ArrayList<>(count);
                for (int k = 0; k < count && t < topicEnd; k++) {
                    String text = filler.fill(bank[rng.nextInt(bank.length)], other.firstName());
                    long len = words(text) * (280L + rng.nextInt(120)) + 300;
                    sentences.add(new Sentence(t, t + len, text));
                    t += len + 100 + rng.nextInt(400);
                }
                if (!sentences.isEmpty()) {
                    out.add(new Monologue(sp, topic, List.copyOf(sentences)));
                    last = sp;
                }
                t += 200 + rng.nextInt(1500);
                internalTurn = !internalTurn;
            }
            t = Math.max(t, topicEnd);
        }
        return new Conversation(List.copyOf(speakers), List.copyOf(out));
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
            this.competitor = dev.gongconnector.simulator.company.Trackers.COMPETITORS
                    .get(rng.nextInt(dev.gongconnector.simulator.company.Trackers.COMPETITORS.size()));
            int s = 20 + rng.nextInt(480);
            this.seats = Integer.toString(s);
            this.price = String.format(java.util.Locale.ROOT, "$%,d", (s * (300 + rng.nextInt(900))) / 1000 * 1000);
            this.integration = Lines.INTEGRATIONS.get(rng.nextInt(Lines.INTEGRATIONS.size()));
        }

        String fill(String template, String name) {
            if (template.indexOf('{') < 0) {
                return template;
            }
            return template.replace("{account}", account).replace("{seller}", seller).replace("{product}", product)
                    .replace("{competitor}", competitor).replace("{price}", price).replace("{seats}", seats)
                    .replace("{integration}", integration).replace("{name}", name)
                    .replace("{day}", Lines.DAYS.get(rng.nextInt(Lines.DAYS.size())))
                    .replace("{pct}", Integer.toString(5 + rng.nextInt(30)))
                    .replace("{n}", Integer.toString(2 + rng.nextInt(9)));
        }
    }
}
