package dev.gongconnector.simulator.company;

import java.util.List;

/** Word lists for the generated company; fictional names only. */
final class Names {

    private Names() {
    }

    static final List<String> FIRST = List.of(
            "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas", "Mia", "Amir",
            "Charlotte", "Mateo", "Amelia", "Kenji", "Harper", "Diego", "Evelyn", "Rahul", "Abigail", "Jonas", "Emily",
            "Samuel", "Elena", "Daniel", "Priya", "Henry", "Chloe", "Owen", "Grace", "Leo", "Zoe", "Gabriel", "Nora",
            "Julian", "Hannah", "Aaron", "Lea", "Felix", "Maya", "Caleb", "Ines", "Oscar", "Sara", "Tomas", "Aisha",
            "Victor", "Naomi", "Marcus", "Yuki", "Elias", "Fatima", "Hugo", "Clara", "Ivan", "Lucia", "Wei", "Rosa");

    static final List<String> LAST = List.of(
            "Smith", "Johnson", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Anderson", "Thomas",
            "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green", "Adams",
            "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel", "Kim",
            "Schmidt", "Rossi", "Dubois", "Novak", "Tanaka", "Cohen", "Silva", "Murphy", "Okafor", "Larsen");

    static final List<String> ORG_A = List.of(
            "Blue", "North", "Silver", "Bright", "Iron", "Green", "Summit", "Harbor", "Pine", "Atlas", "Cedar", "Nova",
            "Red", "Clear", "Swift", "Golden", "Stone", "River", "Polar", "Quantum", "Maple", "Crescent", "Vertex",
            "Granite", "Lumen", "Orbit", "Prairie", "Cobalt", "Sterling", "Beacon");

    static final List<String> ORG_B = List.of(
            "Logistics", "Health", "Bank", "Retail", "Energy", "Foods", "Labs", "Robotics", "Insurance", "Media",
            "Systems", "Pharma", "Motors", "Capital", "Networks", "Airlines", "Hotels", "Telecom", "Software",
            "Manufacturing", "Biotech", "Freight", "Apparel", "Games", "Realty");

    static final List<String> SELLERS = List.of(
            "Northwind Analytics", "Brightwave Cloud", "Lumina Data", "Stackfield", "Cirrusly", "Helix Revenue",
            "Quillmetrics", "Pathwise", "Orbital Security", "Tidepool Software");

    static final List<String> PRODUCTS = List.of(
            "Insights Platform", "Data Hub", "Pipeline Cloud", "Observability Suite", "Revenue OS",
            "Workflow Engine", "Security Center", "Customer 360");

    static final List<String> COMPETITORS = List.of(
            "Vantagepoint", "Dialora", "CallSpark", "Revlytics", "Stratify", "Zentrix", "Clearpath", "Omnicore");

    static final List<String> REP_TITLES = List.of(
            "Account Executive", "Senior Account Executive", "Enterprise Account Executive", "Mid-Market Account Executive");

    static final List<String> PROSPECT_TITLES = List.of(
            "VP of Sales", "Head of Revenue Operations", "CTO", "Director of IT", "Procurement Manager",
            "CFO", "Chief Information Security Officer", "Sales Operations Manager", "VP of Engineering",
            "Head of Customer Success", "Data Platform Lead", "COO", "Security Architect", "IT Manager");

    static final List<String> INDUSTRIES = List.of(
            "Logistics", "Healthcare", "Financial Services", "Retail", "Energy", "Manufacturing", "Media", "Telecom");
}
