package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.Trackers;
import dev.gongconnector.simulator.company.User;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the {@code CallData} of {@code /v2/calls/extensive} (only the selected parts) and the transcripts of
 * {@code /v2/calls/transcript}, all derived from one {@link Conversation} so the parts agree.
 */
final class ContentWriter {

    private final CallStore store;
    private final Company company;
    private final List<Trackers.Tracker> trackers;

    ContentWriter(CallStore store) {
        this.store = store;
        this.company = store.company();
        this.trackers = Trackers.of(company.seed());
    }

    private Conversation conversation(SimCall call) {
        return store.hasTranscript(call) ? Conversation.generate(call, company) : null;
    }

    /** The transcript array: empty for calls without one (not transcribable, or media not arrived yet). */
    void writeTranscript(JsonGenerator g, SimCall call) throws IOException {
        Conversation conv = conversation(call);
        g.writeStartArray();
        if (conv != null) {
            for (Conversation.Monologue m : conv.monologues) {
                g.writeStartObject();
                g.writeStringField("speakerId", m.speaker().speakerId());
                g.writeStringField("topic", m.topic());
                g.writeArrayFieldStart("sentences");
                for (Conversation.Sentence s : m.sentences()) {
                    g.writeStartObject();
                    g.writeNumberField("start", s.start());
                    g.writeNumberField("end", s.end());
                    g.writeStringField("text", s.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    void writeCallData(JsonGenerator g, SimCall call, ContentSelector sel) throws IOException {
        Conversation conv = sel.anyContent() || sel.anyInteraction() ? conversation(call) : null;
        g.writeStartObject();
        g.writeFieldName("metaData");
        CallJson.writeBasic(g, call);
        if (!sel.context.equals("None")) {
            writeCallContext(g, call, sel);
        }
        if (sel.parties) {
            writeParties(g, call, sel);
        }
        if (sel.anyContent()) {
            writeContent(g, call, conv, sel);
        }
        if (sel.anyInteraction()) {
            writeInteraction(g, call, conv, sel);
        }
        if (sel.publicComments) {
            writeComments(g, call, conv);
        }
        if (sel.media) {
            g.writeObjectFieldStart("media");
            String token = Long.toHexString(Ids.mix(call.id() ^ company.seed()));
            g.writeStringField("audioUrl", "https://media.gong.io/audio/" + call.id() + ".mp3?expires=8h&token=" + token);
            if ("Video".equals(call.media())) {
                g.writeStringField("videoUrl", "https://media.gong.io/video/" + call.id() + ".mp4?expires=8h&token=" + token);
            } else {
                g.writeNullField("videoUrl");
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void writeCallContext(JsonGenerator g, SimCall call, ContentSelector sel) throws IOException {
        g.writeArrayFieldStart("context");
        if (call.account() != null) {
            g.writeStartObject();
            g.writeStringField("system", "Salesforce");
            g.writeArrayFieldStart("objects");
            boolean extended = sel.context.equals("Extended");
            for (String timing : extended ? sel.contextTiming : List.of("Now")) {
                writeObject(g, "Opportunity", call.account().opportunityId(), extended, timing,
                        Map.of("Name", call.account().name() + " - New Business",
                                "StageName", stage(call, timing), "Amount", Integer.toString(amount(call))));
                writeObject(g, "Account", call.account().crmAccountId(), extended, timing,
                        Map.of("Name", call.account().name(), "Industry", call.account().industry()));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String stage(SimCall call, String timing) {
        String[] stages = {"Qualification", "Discovery", "Proposal", "Negotiation", "Closed Won"};
        int base = Math.min(3, call.scenario().ordinal() / 2);
        return stages[timing.equals("Now") ? Math.min(4, base + 1) : base];
    }

    private static int amount(SimCall call) {
        return (int) (10_000 + Math.floorMod(call.contentSeed(), 190) * 1000L);
    }

    private static void writeObject(JsonGenerator g, String type, String id, boolean extended, String timing,
                                    Map<String, String> fields) throws IOException {
        g.writeStartObject();
        g.writeStringField("objectType", type);
        g.writeStringField("objectId", id);
        if (extended) {
            g.writeArrayFieldStart("fields");
            for (Map.Entry<String, String> f : new java.util.TreeMap<>(fields).entrySet()) {
                g.writeStartObject();
                g.writeStringField("name", f.getKey());
                g.writeStringField("value", f.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("timing", timing);
        }
        g.writeEndObject();
    }

    private void writeParties(JsonGenerator g, SimCall call, ContentSelector sel) throws IOException {
        g.writeArrayFieldStart("parties");
        for (Party p : call.parties()) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            if (p.emailAddress() != null) {
                g.writeStringField("emailAddress", p.emailAddress());
            }
            if (p.name() != null) {
                g.writeStringField("name", p.name());
            }
            if (p.title() != null) {
                g.writeStringField("title", p.title());
            }
            if (p.userId() != null) {
                g.writeStringField("userId", p.userId());
            }
            if (p.speakerId() != null) {
                g.writeStringField("speakerId", p.speakerId());
            }
            if (!sel.context.equals("None") && p.crmObjectId() != null) {
                g.writeArrayFieldStart("context");
                g.writeStartObject();
                g.writeStringField("system", "Salesforce");
                g.writeArrayFieldStart("objects");
                boolean extended = sel.context.equals("Extended");
                writeObject(g, p.crmObjectType(), p.crmObjectId(), extended, "Now",
                        p.name() == null ? Map.of() : Map.of("Name", p.name()));
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeStringField("affiliation", p.affiliation());
            if (p.phoneNumber() != null) {
                g.writeStringField("phoneNumber", p.phoneNumber());
            }
            g.writeArrayFieldStart("methods");
            for (String m : p.methods()) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void writeContent(JsonGenerator g, SimCall call, Conversation conv, ContentSelector sel) throws IOException {
        g.writeObjectFieldStart("content");
        Derived d = conv == null ? null : new Derived(conv);
        if (sel.content("structure")) {
            g.writeArrayFieldStart("structure");
            if (d != null) {
                for (Map.Entry<String, Long> e : d.structure.entrySet()) {
                    nameDuration(g, e.getKey(), e.getValue());
                }
            }
            g.writeEndArray();
        }
        if (sel.content("topics")) {
            g.writeArrayFieldStart("topics");
            if (d != null) {
                for (Map.Entry<String, Long> e : d.topics.entrySet()) {
                    nameDuration(g, e.getKey(), e.getValue());
                }
            }
            g.writeEndArray();
        }
        if (sel.content("trackers")) {
            writeTrackers(g, conv, sel.content("trackerOccurrences"));
        }
        if (sel.content("pointsOfInterest")) {
            g.writeObjectFieldStart("pointsOfInterest");
            g.writeArrayFieldStart("actionItems");
            if (conv != null) {
                for (Conversation.Monologue m : conv.monologues) {
                    if (m.topic().equals("Next Steps") && m.speaker().internal()) {
                        Conversation.Sentence s = m.sentences().get(0);
                        g.writeStartObject();
                        g.writeNumberField("snippetStartTime", s.start() / 1000);
                        g.writeNumberField("snippetEndTime", (s.end() + 999) / 1000);
                        g.writeStringField("speakerID", m.speaker().speakerId());
                        g.writeStringField("snippet", s.text());
                        g.writeEndObject();
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (sel.content("brief")) {
            if (conv == null) {
                g.writeNullField("brief");
            } else {
                g.writeStringField("brief", brief(call, d));
            }
        }
        if (sel.content("outline")) {
            writeOutline(g, conv);
        }
        if (sel.content("highlights")) {
            writeHighlights(g, conv);
        }
        if (sel.content("callOutcome")) {
            String[] o = outcome(call);
            g.writeObjectFieldStart("callOutcome");
            g.writeStringField("id", o[0]);
            g.writeStringField("category", o[1]);
            g.writeStringField("name", o[2]);
            g.writeEndObject();
        }
        if (sel.content("keyPoints")) {
            g.writeArrayFieldStart("keyPoints");
            if (d != null) {
                for (String k : keyPoints(call, d)) {
                    g.writeStartObject();
                    g.writeStringField("text", k);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void nameDuration(JsonGenerator g, String name, long seconds) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeNumberField("duration", seconds);
        g.writeEndObject();
    }

    private void writeTrackers(JsonGenerator g, Conversation conv, boolean withOccurrences) throws IOException {
        g.writeArrayFieldStart("trackers");
        for (Trackers.Tracker t : trackers) {
            Map<String, List<double[]>> byPhrase = new LinkedHashMap<>();
            List<Object[]> all = new ArrayList<>();
            if (conv != null) {
                for (Conversation.Monologue m : conv.monologues) {
                    for (Conversation.Sentence s : m.sentences()) {
                        String lower = s.text().toLowerCase(Locale.ROOT);
                        for (String phrase : t.phrases()) {
                            if (lower.contains(phrase.toLowerCase(Locale.ROOT))) {
                                double at = s.start() / 1000.0;
                                byPhrase.computeIfAbsent(phrase, k -> new ArrayList<>()).add(new double[] {at});
                                all.add(new Object[] {at, m.speaker().speakerId()});
                            }
                        }
                    }
                }
            }
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("name", t.name());
            g.writeNumberField("count", all.size());
            g.writeStringField("type", t.type());
            // Occurrences come only with trackerOccurrences (Gong: only for calls recorded since 2023-01-01).
            if (withOccurrences) {
                g.writeArrayFieldStart("occurrences");
                for (Object[] o : all) {
                    g.writeStartObject();
                    g.writeNumberField("startTime", (Double) o[0]);
                    g.writeStringField("speakerId", (String) o[1]);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("phrases");
            for (Map.Entry<String, List<double[]>> e : byPhrase.entrySet()) {
                g.writeStartObject();
                g.writeNumberField("count", e.getValue().size());
                g.writeArrayFieldStart("occurrences");
                if (withOccurrences) {
                    for (double[] at : e.getValue()) {
                        g.writeStartObject();
                        g.writeNumberField("startTime", at[0]);
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeStringField("phrase", e.getKey());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeOutline(JsonGenerator g, Conversation conv) throws IOException {
        g.writeArrayFieldStart("outline");
        if (conv != null) {
            String current = null;
            List<Conversation.Monologue> section = new ArrayList<>();
            for (int i = 0; i <= conv.monologues.size(); i++) {
                Conversation.Monologue m = i < conv.monologues.size() ? conv.monologues.get(i) : null;
                if (m == null || !m.topic().equals(current)) {
                    if (!section.isEmpty()) {
                        long start = section.get(0).start();
                        long end = section.get(section.size() - 1).end();
                        g.writeStartObject();
                        g.writeStringField("section", current);
                        g.writeNumberField("startTime", start / 1000);
                        g.writeNumberField("duration", Math.max(1, (end - start) / 1000));
                        g.writeArrayFieldStart("items");
                        for (int k = 0; k < section.size() && k < 3; k++) {
                            Conversation.Sentence s = section.get(k).sentences().get(0);
                            g.writeStartObject();
                            g.writeStringField("text", s.text());
                            g.writeNumberField("startTime", s.start() / 1000);
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    section.clear();
                    current = m == null ? null : m.topic();
                }
                if (m != null) {
                    section.add(m);
                }
            }
        }
        g.writeEndArray();
    }

    private static void writeHighlights(JsonGenerator g, Conversation conv) throws IOException {
        g.writeArrayFieldStart("highlights");
        if (conv != null) {
            highlight(g, conv, "Next steps", "Next Steps", true);
            highlight(g, conv, "Pain points", "Pain Points", false);
            highlight(g, conv, "Pricing discussion", "Pricing", true);
            highlight(g, conv, "Competition", "Competition", false);
        }
        g.writeEndArray();
    }

    private static void highlight(JsonGenerator g, Conversation conv, String title, String topic, boolean internal)
            throws IOException {
        List<Conversation.Sentence> hits = new ArrayList<>();
        for (Conversation.Monologue m : conv.monologues) {
            if (m.topic().equals(topic) && m.speaker().internal() == internal && hits.size() < 3) {
                hits.add(m.sentences().get(0));
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("title", title);
        g.writeArrayFieldStart("items");
        for (Conversation.Sentence s : hits) {
            g.writeStartObject();
            g.writeStringField("text", s.text());
            g.writeArrayFieldStart("startTimes");
            g.writeNumber(s.start() / 1000);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String[] outcome(SimCall call) {
        if (call.sdrDisposition() != null) {
            switch (call.sdrDisposition()) {
                case "Meeting booked": return new String[] {"MEETING_BOOKED", "Answered", "Meeting booked"};
                case "Left voicemail": return new String[] {"VOICEMAIL", "Not answered", "Left voicemail"};
                case "Not interested": return new String[] {"NOT_INTERESTED", "Answered", "Not interested"};
                case "Got the gatekeeper": return new String[] {"GATEKEEPER", "Answered", "Reached gatekeeper"};
                default: return new String[] {"FOLLOW_UP", "Answered", "Follow-up needed"};
            }
        }
        switch (call.scenario()) {
            case PROCUREMENT: return new String[] {"CONTRACT_SENT", "Progressed", "Contract sent"};
            case PRICING: return new String[] {"PROPOSAL_SENT", "Progressed", "Proposal sent"};
            case INTERNAL: return new String[] {"INTERNAL", "Internal", "Internal meeting"};
            default: return new String[] {"NEXT_MEETING_SCHEDULED", "Progressed", "Next meeting scheduled"};
        }
    }

    private String brief(SimCall call, Derived d) {
        User host = company.user(call.primaryUserId());
        String who = host == null ? "The team" : host.fullName();
        String with = call.account() == null ? "colleagues" : call.account().name();
        StringBuilder sb = new StringBuilder();
        sb.append(who).append(" met with ").append(with).append(" for a ")
                .append(call.scenario().label().toLowerCase(Locale.ROOT)).append(". ");
        sb.append("The conversation covered ").append(String.join(", ", d.topics.keySet()).toLowerCase(Locale.ROOT))
                .append(". ");
        if (d.topics.containsKey("Pricing")) {
            sb.append("Pricing came up and the customer asked about flexibility on the price. ");
        }
        if (d.topics.containsKey("Competition")) {
            sb.append("A competitor is part of the evaluation. ");
        }
        if (d.topics.containsKey("Security")) {
            sb.append("The customer's security review needs SOC 2 and SSO documentation. ");
        }
        sb.append("Both sides agreed on next steps.");
        return sb.toString();
    }

    private static List<String> keyPoints(SimCall call, Derived d) {
        List<String> out = new ArrayList<>();
        for (String topic : d.topics.keySet()) {
            switch (topic) {
                case "Pain Points": out.add("The team spends hours every week on manual reporting."); break;
                case "Pricing": out.add("Price is above the current budget; a discount for signing this quarter was offered."); break;
                case "Competition": out.add("A competitor is also being evaluated."); break;
                case "Security": out.add("A security review (SOC 2, SSO) is required before purchase."); break;
                case "Procurement": out.add("Procurement needs vendor onboarding documents and CFO approval."); break;
                case "Renewal": out.add("Renewal is planned; finance wants to review the price."); break;
                case "Next Steps": out.add("Follow-up meeting and proposal agreed."); break;
                default: break;
            }
        }
        return out;
    }

    private void writeInteraction(JsonGenerator g, SimCall call, Conversation conv, ContentSelector sel) throws IOException {
        g.writeObjectFieldStart("interaction");
        Derived d = conv == null ? null : new Derived(conv);
        if (sel.interaction("speakers")) {
            g.writeArrayFieldStart("speakers");
            if (d != null) {
                for (Conversation.Speaker s : conv.speakers) {
                    if (s.partyId() == null) {
                        continue;
                    }
                    g.writeStartObject();
                    g.writeStringField("id", s.partyId());
                    if (s.userId() != null) {
                        g.writeStringField("userId", s.userId());
                    }
                    g.writeNumberField("talkTime", d.talkMs.getOrDefault(s.speakerId(), 0L) / 1000.0);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        if (sel.interaction("personInteractionStats")) {
            g.writeArrayFieldStart("interactionStats");
            if (d != null) {
                stat(g, "Talk Ratio", Math.round(100.0 * d.internalMs / Math.max(1, d.totalTalkMs)));
                stat(g, "Longest Monologue", d.longestInternal / 1000);
                stat(g, "Longest Customer Story", d.longestExternal / 1000);
                stat(g, "Interactivity", Math.min(10, conv.monologues.size() * 60L / Math.max(1, call.duration())));
                stat(g, "Patience", 1 + Math.floorMod(call.contentSeed(), 3));
            }
            g.writeEndArray();
        }
        if (sel.interaction("video")) {
            g.writeArrayFieldStart("video");
            if ("Video".equals(call.media())) {
                SplittableRandom rng = Ids.rng(call.contentSeed(), 13);
                int dur = call.duration();
                nameDuration(g, "Browser", dur / 10 + rng.nextInt(Math.max(1, dur / 10)));
                nameDuration(g, "Presentation", call.scenario() == Scenario.DEMO ? dur / 2 : dur / 8);
                nameDuration(g, "WebcamPrimaryUser", dur * 3 / 4);
                nameDuration(g, "WebcamNonCompany", dur / 2 + rng.nextInt(Math.max(1, dur / 3)));
                nameDuration(g, "Webcam", dur * 4 / 5);
            }
            g.writeEndArray();
        }
        if (sel.interaction("questions")) {
            g.writeObjectFieldStart("questions");
            g.writeNumberField("companyCount", d == null ? 0 : d.internalQuestions);
            g.writeNumberField("nonCompanyCount", d == null ? 0 : d.externalQuestions);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void stat(JsonGenerator g, String name, long value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeNumberField("value", value);
        g.writeEndObject();
    }

    private void writeComments(JsonGenerator g, SimCall call, Conversation conv) throws IOException {
        g.writeObjectFieldStart("collaboration");
        g.writeArrayFieldStart("publicComments");
        SplittableRandom rng = Ids.rng(call.contentSeed(), 17);
        User host = company.user(call.primaryUserId());
        if (conv != null && host != null && host.managerId() != null && rng.nextInt(100) < 35) {
            User manager = company.user(host.managerId());
            Conversation.Monologue m = conv.monologues.get(rng.nextInt(conv.monologues.size()));
            long at = m.start() / 1000;
            String id = Long.toString(Ids.next(rng));
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeNumberField("audioStartTime", at);
            g.writeNumberField("audioEndTime", m.end() / 1000);
            g.writeStringField("commenterUserId", manager.id());
            g.writeStringField("comment", "@[" + host.fullName() + "](" + host.id() + ") nice handling of the "
                    + m.topic().toLowerCase(Locale.ROOT) + " part here");
            g.writeStringField("posted", CallJson.iso(call.startedMillis() + call.duration() * 1000L + 3_600_000L));
            g.writeNullField("inReplyTo");
            g.writeBooleanField("duringCall", false);
            g.writeEndObject();
            if (rng.nextBoolean()) {
                g.writeStartObject();
                g.writeStringField("id", Long.toString(Ids.next(rng)));
                g.writeNumberField("audioStartTime", at);
                g.writeNumberField("audioEndTime", m.end() / 1000);
                g.writeStringField("commenterUserId", host.id());
                g.writeStringField("comment", "Thanks! They asked for the follow-up deck too.");
                g.writeStringField("posted", CallJson.iso(call.startedMillis() + call.duration() * 1000L + 7_200_000L));
                g.writeStringField("inReplyTo", id);
                g.writeBooleanField("duringCall", false);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Aggregates of a conversation. */
    private static final class Derived {
        final Map<String, Long> topics = new LinkedHashMap<>();
        final Map<String, Long> structure = new LinkedHashMap<>();
        final Map<String, Long> talkMs = new LinkedHashMap<>();
        long internalMs;
        long totalTalkMs;
        long longestInternal;
        long longestExternal;
        int internalQuestions;
        int externalQuestions;

        Derived(Conversation conv) {
            Map<String, Long> topicMs = new LinkedHashMap<>();
            for (Conversation.Monologue m : conv.monologues) {
                long len = m.end() - m.start();
                topicMs.merge(m.topic(), len, Long::sum);
                talkMs.merge(m.speaker().speakerId(), len, Long::sum);
                totalTalkMs += len;
                if (m.speaker().internal()) {
                    internalMs += len;
                    longestInternal = Math.max(longestInternal, len);
                } else {
                    longestExternal = Math.max(longestExternal, len);
                }
                for (Conversation.Sentence s : m.sentences()) {
                    if (s.text().endsWith("?")) {
                        if (m.speaker().internal()) {
                            internalQuestions++;
                        } else {
                            externalQuestions++;
                        }
                    }
                }
            }
            topicMs.forEach((k, v) -> topics.put(k, Math.max(1, v / 1000)));
            topicMs.forEach((k, v) -> structure.merge(phase(k), Math.max(1, v / 1000), Long::sum));
        }

        private static String phase(String topic) {
            switch (topic) {
                case "Small Talk": case "Call Setup": case "Introduction": case "Agenda": case "Recap":
                    return "Opening";
                case "Next Steps": case "Timeline":
                    return "Wrap-up";
                default:
                    return "Main discussion";
            }
        }
    }
}
