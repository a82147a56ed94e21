package dev.gongconnector.simulator.calls;

import java.util.List;
import java.util.Map;

/**
 * What people say, per topic: {@code [0]} lines for the seller's side, {@code [1]} for the other
 * side. Placeholders: {account} {seller} {product} {competitor} {price} {seats} {day} {name} {pct}
 * {integration} {n}.
 */
final class Lines {

  private Lines() {}

  static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
  static final List<String> INTEGRATIONS =
      List.of("Salesforce", "HubSpot", "Snowflake", "Slack", "Okta", "Workday", "Jira");

  private static final String[][] FALLBACK = {
    {
      "That makes sense.", "Let me make sure I understand that correctly.", "Good question, {name}."
    },
    {"Okay.", "Right, that's fair.", "Sure, go ahead."}
  };

  static String[][] of(String topic) {
    String[][] l = BANK.get(topic);
    return l == null ? FALLBACK : l;
  }

  private static final Map<String, String[][]> BANK =
      Map.ofEntries(
          Map.entry(
              "Call Setup",
              new String[][] {
                {
                  "Hi {name}, this is calling from {seller}, did I catch you at a bad time?",
                  "I'll be brief, I promise, it's about how {account} handles reporting today.",
                  "Do you have two minutes for me to explain why I'm calling?"
                },
                {
                  "Who is this again?",
                  "I have a couple of minutes, go ahead.",
                  "I'm between meetings, so make it quick."
                }
              }),
          Map.entry(
              "Small Talk",
              new String[][] {
                {
                  "Hey {name}, good to see you again, how was your week?",
                      "Can everyone hear me okay?",
                  "Thanks for making the time today, I know it's a busy quarter.",
                      "Did you have a good weekend?"
                },
                {
                  "Pretty busy, we just wrapped up our quarterly planning.",
                      "All good here, thanks for asking.",
                  "Yes, I can hear you fine.",
                      "Sorry I'm a minute late, the previous meeting ran over."
                }
              }),
          Map.entry(
              "Introduction",
              new String[][] {
                {
                  "Quick intro on my side, I lead the team that works with companies like {account} at {seller}.",
                  "We help revenue teams get one view of their pipeline with {product}.",
                  "Could you tell me a bit about your role and what your team owns?"
                },
                {
                  "Sure, I run operations for our sales organization, about {seats} people.",
                  "I'm responsible for our data platform and the tooling around it.",
                  "We've grown quite a bit this year and the current setup is starting to show its limits."
                }
              }),
          Map.entry(
              "Agenda",
              new String[][] {
                {
                  "Here is what I'd suggest for the agenda, a quick recap, then the demo, then next steps.",
                  "Is there anything you want to make sure we cover today?"
                },
                {
                  "That works, I'd also like to see the reporting part.",
                  "Sounds good, let's keep ten minutes for questions."
                }
              }),
          Map.entry(
              "Recap",
              new String[][] {
                {
                  "Let me recap what we heard last time, the main goal is to cut the time spent on manual reporting.",
                  "You mentioned the board wants this live before the end of the quarter."
                },
                {
                  "Yes, that's still accurate.",
                  "One thing changed since then, our CFO is now involved in the decision."
                }
              }),
          Map.entry(
              "Discovery",
              new String[][] {
                {
                  "How are you handling this today?",
                  "What happens when a deal slips, how do you find out?",
                  "Who else is involved when you evaluate a tool like this?",
                  "If you could fix one thing in your current process, what would it be?",
                  "What does success look like for you six months from now?"
                },
                {
                  "Honestly it's a lot of spreadsheets and manual exports every {day}.",
                  "We usually find out at the end of the month, which is too late.",
                  "My manager and someone from IT would need to sign off.",
                  "We need better visibility, the forecast is off by about {pct} percent most quarters."
                }
              }),
          Map.entry(
              "Pain Points",
              new String[][] {
                {
                  "How much time does the team spend on that each week?",
                  "What is that costing you today?"
                },
                {
                  "Probably {n} hours a week per manager, which adds up.",
                  "We lost two deals last quarter because nobody noticed they had gone quiet.",
                  "The data lives in five different places and nobody trusts the numbers."
                }
              }),
          Map.entry(
              "Product Overview",
              new String[][] {
                {
                  "At a high level, {product} pulls your data together and flags risks automatically.",
                  "Most customers are live within four weeks.",
                  "It connects to {integration} out of the box."
                },
                {"How long does the setup usually take?", "Does it work with {integration}?"}
              }),
          Map.entry(
              "Product Demo",
              new String[][] {
                {
                  "Let me share my screen, you should see the main dashboard now.",
                  "This view shows every open opportunity and its risk score.",
                  "If I click here you can drill into a single account like {account}.",
                  "These alerts go straight to Slack or email, whatever the team prefers.",
                  "And this is the report your managers would use in the weekly pipeline review."
                },
                {
                  "Can you filter that by region?", "That's nice, can we customize the risk score?",
                  "How often does the data refresh?",
                      "Who can see this dashboard, is there role-based access?",
                  "Okay, this is much better than what we have today."
                }
              }),
          Map.entry(
              "Integrations",
              new String[][] {
                {
                  "We have a native connector for {integration}, it syncs every fifteen minutes.",
                  "There's also a REST API if you want to push data from your own systems."
                },
                {
                  "We're heavy {integration} users, so that's important.",
                  "Is the API rate limited?",
                  "Our IT team will want to see the documentation for the connector."
                }
              }),
          Map.entry(
              "Competition",
              new String[][] {
                {
                  "Are you looking at other options as well?",
                  "How does {competitor} compare in your evaluation so far?",
                  "Compared to {competitor}, we don't charge extra for the integrations."
                },
                {
                  "We're also talking to {competitor}, their pricing was a bit lower.",
                  "{competitor} showed us something similar last week.",
                  "To be transparent, we used {competitor} a few years ago and it didn't stick."
                }
              }),
          Map.entry(
              "Pricing",
              new String[][] {
                {
                  "For {seats} seats, the list price comes to about {price} per year.",
                  "If we can sign before the end of the quarter, I can offer a {pct} percent discount.",
                  "The price includes onboarding and premium support.",
                  "Would a multi-year agreement help with the budget?"
                },
                {
                  "That's above the budget we had in mind.",
                  "Is there any flexibility on the price?",
                  "We'd need the pricing broken down per team for finance.",
                  "Our budget for this is closer to {price}, to be honest."
                }
              }),
          Map.entry(
              "Objections",
              new String[][] {
                {
                  "I hear you, let me address the concern about adoption.",
                  "That's a fair point, other customers had the same worry before they started."
                },
                {
                  "My concern is that the team won't actually use another tool.",
                  "We tried something like this before and it failed.",
                  "The timing is not great, we have a reorg going on."
                }
              }),
          Map.entry(
              "Security",
              new String[][] {
                {
                  "We are SOC 2 Type II certified and can share the report under NDA.",
                  "Data is encrypted at rest and in transit, and we support SSO with SAML.",
                  "We can fill in your security questionnaire this week.",
                  "All data is hosted in the region you choose."
                },
                {
                  "Our security review usually takes about three weeks.",
                  "Do you support SSO and SCIM provisioning?",
                  "Where is the data hosted, and who has access to it?",
                  "We'll need a penetration test summary for the security review."
                }
              }),
          Map.entry(
              "Compliance",
              new String[][] {
                {
                  "We are GDPR compliant and can sign your data processing agreement.",
                  "Retention can be configured per workspace."
                },
                {
                  "Legal will want to review the DPA.",
                  "Do you have a data residency option in the EU?"
                }
              }),
          Map.entry(
              "Procurement",
              new String[][] {
                {
                  "What does your procurement process look like?",
                  "Who needs to sign the order form?",
                  "I can send the contract redlines back by {day}."
                },
                {
                  "Procurement needs the vendor onboarding form and a W-9.",
                  "Anything over {price} needs approval from our CFO.",
                  "We're going to need net sixty payment terms."
                }
              }),
          Map.entry(
              "Legal",
              new String[][] {
                {
                  "Our legal team accepted most of your changes to the MSA.",
                  "The only open point is the liability cap."
                },
                {
                  "Our counsel flagged the auto-renewal clause.",
                  "We can't accept unlimited liability, that's standard for us."
                }
              }),
          Map.entry(
              "Timeline",
              new String[][] {
                {
                  "When would you like to have this live?",
                  "Working backwards, we'd need a signature by {day} next week."
                },
                {
                  "Ideally before the next quarter starts.",
                  "Let me check with my team, but that seems doable."
                }
              }),
          Map.entry(
              "Implementation",
              new String[][] {
                {
                  "Week one is the {integration} connection, week two is dashboards and alerts.",
                  "Your implementation manager will run a weekly check-in."
                },
                {
                  "Who on our side needs to be involved?",
                  "We have a freeze at the end of the month, keep that in mind."
                }
              }),
          Map.entry(
              "Training",
              new String[][] {
                {
                  "We'll run two live training sessions for the managers and record them.",
                  "There's also a self-paced course in the help center."
                },
                {
                  "Can we get a session for the new hires as well?",
                  "Recording it would be great for the other time zones."
                }
              }),
          Map.entry(
              "Usage Review",
              new String[][] {
                {
                  "Adoption is strong, about {pct} percent of your users log in every week.",
                  "The EMEA team is using the alerts much more than North America."
                },
                {
                  "That matches what I hear from the managers.",
                  "Some reps still prefer their spreadsheets."
                }
              }),
          Map.entry(
              "Success Metrics",
              new String[][] {
                {
                  "Forecast accuracy improved by {n} points since you went live.",
                  "Managers say they save about {n} hours a week on pipeline reviews."
                },
                {
                  "The board noticed the better forecast, that helped a lot.",
                  "We want to roll it out to the partner team next."
                }
              }),
          Map.entry(
              "Renewal",
              new String[][] {
                {
                  "Your renewal is coming up in about two months.",
                  "Would you consider adding the partner team to the renewal?"
                },
                {
                  "We're planning to renew, but finance wants to review the price.",
                  "We might reduce seats, some of the team moved to another tool."
                }
              }),
          Map.entry(
              "Next Steps",
              new String[][] {
                {
                  "As a next step, I'll send over the proposal and the security documentation by {day}.",
                  "Can we book thirty minutes next {day} with your IT lead?",
                  "I'll follow up with a recap email and the pricing options.",
                  "Let's schedule the technical deep dive with your team."
                },
                {
                  "Send me the proposal and I'll share it with my manager.",
                  "Next {day} works for me, let's put something on the calendar.",
                  "I need to talk to procurement before we go further.",
                  "Sounds good, looking forward to it."
                }
              }),
          Map.entry(
              "Pipeline",
              new String[][] {
                {
                  "Let's go through the deals closing this quarter.",
                  "{account} is still in commit, the paperwork is with legal."
                },
                {
                  "What's the risk on {account}?",
                  "I'd move {account} to best case, they went quiet last week."
                }
              }),
          Map.entry(
              "Deal Strategy",
              new String[][] {
                {
                  "We need an executive sponsor at {account}.",
                  "{competitor} is in the deal, so we should lead with integrations."
                },
                {
                  "I can reach out to their CFO directly.",
                  "Let's bring the solutions engineer to the next call."
                }
              }),
          Map.entry(
              "Forecast",
              new String[][] {
                {
                  "The team is at {pct} percent of the number with four weeks to go.",
                  "I'm calling {price} for the quarter."
                },
                {
                  "That feels light, what would it take to close the gap?",
                  "Let's revisit on {day}."
                }
              }));
}
