using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Quality;
using Xunit.Abstractions;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// Scores 智能预审 on the project's labelled sets (tests/data/precheck): the shared development set (owned by the
/// project since issue 15) and the team's evaluation corpus of violating phrasings and lawful look-alikes (negated,
/// refused, excluded, quoted, done by another body). The same scorer backs `review precheck eval`.
/// Precision counts every finding at MINOR or above whose rule the labels do not expect as false.
/// </summary>
public sealed class DevSetQualityTests(ITestOutputHelper output)
{
    /// <summary>
    /// Each labelled set and its floor (docs/prereview.md says what each set is). dev.jsonl holds issue 15's targets;
    /// the others hold what the engine reaches today and may only rise: cases.jsonl (team corpus) and holdout.jsonl
    /// (other wording, tuned on since its first measurement) are tuning material; blind.jsonl was written by someone
    /// else after the engine and is read in aggregate only — do not tune rules on its sentences. blind2.jsonl (written
    /// from domain.md alone) was never tuned on until its second session, when it became tuning material read case by
    /// case; blind3.jsonl (2026-12-03, written the same way by another writer, in the dev set's input format) was the
    /// never-tuned set for one session and became tuning material in the next, when blind4.jsonl (written the same way
    /// by a fourth writer) arrived; blind4 became tuning material in the fifth session, and blind5.jsonl (a fifth
    /// writer, 2026-12-03) was measured at arrival and then read case by case in the same session, as was blind6.jsonl
    /// (a sixth writer, sixth session; a seventh set written with it is kept outside the repository until it has been
    /// measured). bank8.jsonl (sixth session) is another writer's rule-by-rule probes, short documents each violating
    /// or imitating one rule, read case by case; blind8.jsonl, an eighth writer's documents, was measured at arrival
    /// and then read, as were bank9.jsonl (a ninth writer's probes, two look-alikes per violation) and blind9.jsonl.
    /// blind7.jsonl (a seventh writer, sixth session) was kept unread and measured in aggregate only, at the session's
    /// start and end: like blind.jsonl it is not tuned on. blind10.jsonl (a tenth writer, written at the end of the sixth
    /// session) was measured unread at the seventh session's start and then read case by case, as were blind13.jsonl
    /// (social affairs), bank10.jsonl (rule probes varying the document's shape), blind14.jsonl (contracts) and
    /// blind15.jsonl (planning, land and building), bank11.jsonl
    /// (probes with four hard look-alikes per rule), blind16.jsonl (long documents), blind17.jsonl (a township overreaching)
    /// and bank12.jsonl (file facts under many key names, unusual document shapes), written in the seventh session;
    /// blind20.jsonl (agreements), bank14.jsonl (short probes), blind21.jsonl (mountain townships, plain style) and
    /// blind22.jsonl (negotiated deals), written in the eighth session, were measured at arrival and then read, while
    /// blind19.jsonl (a city-edge sub-district) was kept unread and is measured in aggregate only, like blind11. In the
    /// ninth session blind24 (farming townships), blind25 (public services), blind26 (a law firm's polished style), bank15
    /// (syntax probes), bank16 (numbers and dates) and bank17 (the five rules weakest on unseen sets) were measured at
    /// arrival and then read; blind23 (enforcement reforms; two 合法 labels of internal documents normalised to
    /// 不属于审查范围 without reading the cases), blind27 (safety and emergencies), blind28 (culture and tourism) and blind29
    /// (an old urban core) were kept unread and are measured in aggregate only. In the tenth session bank18 (industry and
    /// land, defects stated indirectly), bank19 and bank20 (probes of the twenty rules weakest on unseen sets) were measured at
    /// arrival and then read; blind30 (village economy), blind31
    /// (sub-district governance), blind32 (township works and services) and blind33 (a legal adviser's
    /// formal drafts) are kept unread and measured in aggregate only. blind.jsonl stays the set nobody tunes on (one of its cases was read once, for the supplement rule;
    /// docs/prereview.md). One floor fell on purpose: blind4's conclusions 0.98 → 0.96 when a waived fee stopped counting
    /// as a deal's consideration (sixth session: +3 conclusions over the other sets, −1 here; docs/prereview.md), and blind's
    /// precision 0.91 → 0.90 in the seventh session, whose changes raised its recall 0.864 → 0.898 and added one false
    /// flag there (not looked at: blind is read in aggregate only), and blind4's precision
    /// 0.98 → 0.97 when an amount of homestead-withdrawal compensation left to later talks became C-COMP-03 (blind15's
    /// writer and the rule's own words; blind4's writer chose C-FIN-04 alone), and bank8's conclusions 0.92 → 0.91 when
    /// "以预算为准" stopped counting as C-PAY-01 (writers file it under C-FIN-04: four false flags fewer across the sets),
    /// and bank10's precision 0.99 → 0.98 in the eighth session, when a contract filed as civil became an administrative
    /// agreement by what it agrees (K10-381, the writer's own C-TYPE-01): its "任何一方…起诉" is then C-DISP-04, which
    /// that writer did not label. In the eleventh session N-PROC-02 began to flag a fair-competition record that says
    /// "no problem" (or "not applicable") beside a text that restricts competition (domain.md §7.7: the conclusion must be
    /// consistent with the text): over the 34 unread sets it found 16 more expected flags and raised one false flag
    /// fewer in all, but the writers of blind4, blind7, blind17, blind22 and blind28 leave the record alone, so their
    /// precision floors fell (0.97 → 0.96, 0.96 → 0.94, 0.96 → 0.95, 0.98 → 0.97, 0.95 → 0.94). blind34 (mixed matters)
    /// and blind35 (contracts first), written that session, are kept unread and measured in aggregate only; bank21 (probes of the eleven rules weakest on
    /// unseen sets) was measured at arrival and then read, as was bank22 (sentence shapes:
    /// passive voice, lists, definitions); blind36 (a month of uneven drafts) is kept unread; bank23 (twelve probes
    /// each of C-AUTH-01, N-AUTH-01, C-FC-02, C-FC-03 and C-PAY-01) and bank24 (lawful documents dense with look-alikes)
    /// were measured at arrival and then read; blind37 (farming and mountain townships) and blind38 (city-centre
    /// sub-districts) are kept unread. In the twelfth session the consideration test began to weigh what a deal rests on
    /// (an exclusivity or a guarantee is an accessory promise the deal survives without; a land-premium refund is its
    /// price): over every set +44 conclusion points summed, but the writers of bank15, blind2 and blind11 answer two
    /// accessory promises with 不同意签订, so their conclusion floors fell (0.90 → 0.86, 0.91 → 0.90, 0.86 → 0.85).
    /// bank25 (probes of nine rules weak on unseen sets), bank26 (a township's public-sector lawyer), bank27 (look-alikes
    /// and unusual phrasing) and bank28 (normative documents) were measured at arrival and then read; blind39 (southern
    /// mountain townships), blind40 (western plain townships), blind41 (long, high-quality drafts with one subtle
    /// defect) and blind42 (a private firm advising sub-districts) are kept unread. In the thirteenth session N-CONT-04
    /// began to read a fee the document fixes per unit (按每立方米…元的标准缴纳…费): one more expected flag on blind28 and
    /// one that writer did not label, so its precision floor fell (0.94 → 0.93). bank29 (probes of nine weak rules),
    /// bank30 (administrative agreements), bank31 (defects far from the textbook) and bank32 (township rules and notices)
    /// were measured at arrival and then read; blind43 (western plain townships), blind44 (a busy urban sub-district),
    /// blind45 (investment and industrial parks) and blind46 (a retired judge on the expert pool) are kept unread.
    /// In the sixteenth session bank53 (who may sign and what needs approval), bank54 (money in contracts), bank55
    /// (licences, fees and coercion in notices) and bank56 (who issues and how) were measured at arrival and then read;
    /// blind67 (an urban sub-district's adviser), blind68 (a mountain 乡's drafter), blind69 (a district reviewer) and
    /// blind70 (a law firm advising several townships) are kept unread. The office named as approver of an approval the
    /// document may not create stopped being a second defect (subsumedBy): bank27's precision floor and blind5's and
    /// blind7's recall floors fell by one point (0.96 → 0.95; 1.00 → 0.99; 0.92 → 0.91), those writers having labelled both.
    /// In the seventeenth session bank57 (fair competition in support policies), bank58 (the back end of contracts),
    /// bank59 (major decisions) and bank60 (agency civil contracts) were measured at arrival and then read; blind71 (a
    /// plain 镇 in a year of rural revitalisation), blind72 (a sub-district's community governance), blind73 (a justice
    /// bureau auditor sampling adopted files) and blind74 (a new public-sector lawyer's mixed pile) are kept unread;
    /// later in the session bank61 (township rules on rural affairs) and bank62 (administrative agreements) were read
    /// after measuring, blind75 (a hill 乡镇 developing tourism) and blind76 (the district centre re-checking escalated
    /// matters) kept unread.
    /// A statute named in a later clause of the sentence with its own party (双方依照《民法典》订立本合同) stopped
    /// covering the act before it: a township letting collective land now gets its C-AUTH-01 in bank53, whose writer
    /// files that as C-SUBJ-01, so bank53's precision floor fell (0.87 → 0.85) while its conclusions rose.
    /// In the eighteenth session bank63 (major decisions and enforcement decisions), bank64 (township support policies),
    /// bank65 (agency civil contracts), bank66 (land and house agreements), bank67 (urban and community rules) and bank68
    /// (concessions and public-asset operation) were measured at arrival and then read; blind77 (a sub-district's
    /// urban-management officer), blind78 (an investor's in-house counsel), blind79 (a retired administrative judge),
    /// blind80 (a township finance office), blind81 (a township's outside counsel) and blind82 (a trainer's one-defect
    /// cases) are kept unread. One-off relocation, vacating and closure agreements no longer need a public-interest
    /// clause (C-LIAB-02): most writers label it a false alarm there, five older unread sets that expected it lost one
    /// point of recall floor (blind10 0.98 → 0.97, blind18 0.96 → 0.95, blind23 0.86 → 0.84, blind27 0.81 → 0.80,
    /// blind31 0.83 → 0.82) while three unread sets gained four to six points of precision. A lease whose file says the
    /// tenant was chosen by a meeting without public letting (出租方式：…经联席会议研究确定承租人) is now the NOT_CURABLE
    /// C-PROC-01 fact: conclusions rose on five sets and blind33's floor fell one case (0.96 → 0.95).
    /// In the nineteenth session bank69 (a township clerk's quick notices), bank70 (a land bureau lawyer's land papers),
    /// bank71 (an auditor's works and procurement contracts) and bank72 (safety and emergency notices) were measured at
    /// arrival and then read; blind83 (tourism and homestays), blind84 (social affairs), blind85 (a small-enterprise park)
    /// and blind86 (a senior reviewer's long hard cases) are kept unread. A township's own approval before building work
    /// starts is a licence the document may not create (N-CONT-01, severable), no longer also a matter beyond the
    /// township (N-AUTH-01): 17 writer labels to 2, and blind7's recall floor fell one point (0.92 → 0.91). A drafter's
    /// fair-competition record saying the document touches no business activity now settles whether a short comment
    /// period matters (N-PROC-01): precision rose on blind72, whose conclusions floor fell one case (0.95 → 0.93). A
    /// payment after the buyer's own review of a deliverable (评审通过之日起二十日内) is no longer read as payment after an
    /// audit (C-PAY-01): blind75 lost a false alarm that had made one conclusion right by accident (0.95 → 0.93).
    /// Later in the session bank73 (village rules and community notices), bank74 (agricultural investment), bank75
    /// (house-expropriation compensation) and bank76 (industrial support policies) were read after measuring; blind87
    /// (a township enforcement team's decisions), blind88 (a township company's assets), blind89 (templates after new
    /// laws) and blind90 (a new drafter's plain documents) are kept unread. A fine decision that names no discretion
    /// benchmark is now a prompt (E-DISC-01 ADVICE: the law asks the agency to publish benchmarks, not the decision to
    /// quote them): blind30 and blind31 lost a false alarm that had made one conclusion each right by accident (0.88 →
    /// 0.86, 0.93 → 0.91). A township letting village collective property in its own name is now also the signing
    /// body's defect (C-SUBJ-01), which bank25's writer files under C-AUTH-01 only (precision 0.97 → 0.96). Village
    /// rules and residents' pacts (村规民约, 居民公约) are self-governance rules without a five-year validity (N-TIME-02):
    /// bank73's writer says so in five cases, blind72's writer expects it in one (recall 0.93 → 0.92).
    /// In the twentieth session bank77 (a justice-bureau reviewer's enforcement decisions), bank78 (rural building),
    /// bank79 (ecology and farming) and bank80 (concessions) were measured at arrival and then read; blind91 (a
    /// litigator's enforcement decisions), blind92 (homesteads), blind93 (markets and vendors) and blind94 (a
    /// government meeting's papers) are kept unread. Enforcement decisions are now read in the vocabulary of domain.md
    /// (N-AUTH-01 for a field the province has not devolved, N-CONT-03 for coercion the statute does not give, N-CONT-08
    /// for statutory numbers), and the E-* items no writer of that vocabulary labels (facts, evidence, articles, hearing
    /// record, title) are prompts (ADVICE). bank18, blind30 and blind31 were written against the E-* checklist: a
    /// township penalising in a field it was not given is E-AUTH-01 there and N-AUTH-01 now (bank18 recall 0.92 → 0.91,
    /// precision 0.97 → 0.93, with a 限期拆除 decision that announces its own demolition in the city planning area now
    /// flagged under 城乡规划法 art 68; blind31 precision 0.94 → 0.92; blind30 conclusions 0.86 → 0.85).
    /// Later bank81 (schools and health), bank82 (employment and wages), bank83 (rural roads) and bank84 (a township's
    /// major-decision papers) were read after measuring; blind95 (an enforcement officer's everyday decisions), blind96
    /// (water and flood control), blind97 (forests) and blind98 (amendments and supplementary agreements) are kept unread.
    /// Last, bank85 (a justice-bureau spot check of enforcement files), bank86 (investment agreements), bank87 (land
    /// recovery and expropriation) and bank88 (fair-competition reviews) were read after measuring; blind99 (a 街道's
    /// enforcement decisions), blind100 (an investor's lawyer), blind101 (a balanced exam set) and blind102 (land and
    /// house papers) are kept unread.
    /// More decisions on one party's case are now read as enforcement decisions (any 决定书, a party block with 法定代表人 or
    /// 公民身份号码, 当事人 in the running text, a person described 男/女): the generic normative-document detectors no
    /// longer run on them, which removed most false alarms on enforcement sets (blind95 precision 0.49 → 0.73, blind87
    /// 0.73 → 0.88, blind91 0.77 → 0.83) and cost a few hits they had made by chance (recall blind95 0.63 → 0.58, blind87
    /// 0.61 → 0.60, blind91 0.80 → 0.79, bank77 0.85 → 0.83, whose village-committee decision is now read as one).
    /// </summary>
    [Theory]
    [InlineData("dev.jsonl", 35, 1.00, 0.98, 1.00)]
    [InlineData("cases.jsonl", 1764, 1.00, 0.99, 0.99)]
    [InlineData("holdout.jsonl", 40, 1.00, 1.00, 1.00)]
    [InlineData("blind.jsonl", 60, 0.92, 0.97, 0.93)]
    [InlineData("blind2.jsonl", 60, 0.94, 0.99, 0.90)]
    [InlineData("blind3.jsonl", 60, 1.00, 0.99, 0.90)]
    [InlineData("blind4.jsonl", 60, 1.00, 0.96, 0.96)]
    [InlineData("blind5.jsonl", 60, 0.99, 0.99, 1.00)]
    [InlineData("blind6.jsonl", 60, 0.99, 0.95, 0.90)]
    [InlineData("bank8.jsonl", 374, 0.95, 0.98, 0.92)]
    [InlineData("blind8.jsonl", 60, 0.94, 1.00, 0.93)]
    [InlineData("bank9.jsonl", 373, 0.95, 0.97, 0.94)]
    [InlineData("blind9.jsonl", 60, 0.97, 0.99, 0.88)]
    [InlineData("blind7.jsonl", 60, 0.91, 0.94, 0.90)]
    [InlineData("blind10.jsonl", 60, 0.97, 0.97, 0.96)]
    [InlineData("blind13.jsonl", 60, 0.96, 0.97, 0.91)]
    [InlineData("bank10.jsonl", 386, 0.96, 0.98, 0.90)]
    [InlineData("blind14.jsonl", 60, 0.97, 0.96, 0.90)]
    [InlineData("blind15.jsonl", 60, 0.95, 0.93, 0.90)]
    [InlineData("bank11.jsonl", 342, 0.95, 0.95, 0.93)]
    [InlineData("blind16.jsonl", 40, 0.93, 0.92, 0.92)]
    [InlineData("blind17.jsonl", 50, 1.00, 0.95, 0.94)]
    [InlineData("bank12.jsonl", 200, 0.93, 0.88, 0.85)]
    [InlineData("blind11.jsonl", 60, 0.88, 0.91, 0.91)]
    [InlineData("blind18.jsonl", 40, 0.95, 0.98, 0.90)]
    [InlineData("bank13.jsonl", 220, 0.83, 0.91, 0.80)]
    [InlineData("blind19.jsonl", 60, 0.86, 0.96, 0.88)]
    [InlineData("blind20.jsonl", 60, 0.94, 0.98, 0.93)]
    [InlineData("bank14.jsonl", 60, 0.97, 0.98, 0.91)]
    [InlineData("blind21.jsonl", 60, 0.93, 0.98, 0.90)]
    [InlineData("blind22.jsonl", 60, 0.90, 0.98, 0.86)]
    [InlineData("blind23.jsonl", 60, 0.84, 0.94, 0.86)]
    [InlineData("blind24.jsonl", 60, 0.93, 0.98, 0.93)]
    [InlineData("blind25.jsonl", 60, 0.92, 0.98, 0.91)]
    [InlineData("blind26.jsonl", 60, 0.96, 0.97, 0.93)]
    [InlineData("bank15.jsonl", 60, 0.96, 0.98, 0.86)]
    [InlineData("bank16.jsonl", 60, 0.95, 1.00, 0.95)]
    [InlineData("bank17.jsonl", 60, 0.95, 1.00, 0.90)]
    [InlineData("blind27.jsonl", 60, 0.80, 0.95, 0.86)]
    [InlineData("blind28.jsonl", 60, 0.89, 0.95, 0.86)]
    [InlineData("blind29.jsonl", 60, 0.88, 0.93, 0.91)]
    [InlineData("bank18.jsonl", 60, 0.91, 0.93, 0.98)]
    [InlineData("bank19.jsonl", 60, 0.96, 1.00, 0.98)]
    [InlineData("bank20.jsonl", 60, 1.00, 0.89, 0.93)]
    [InlineData("blind30.jsonl", 60, 0.80, 0.94, 0.85)]
    [InlineData("blind31.jsonl", 60, 0.82, 0.92, 0.93)]
    [InlineData("blind32.jsonl", 60, 0.85, 0.95, 0.91)]
    [InlineData("blind33.jsonl", 60, 0.90, 0.93, 0.95)]
    [InlineData("blind34.jsonl", 60, 0.95, 1.00, 0.98)]
    [InlineData("blind35.jsonl", 60, 0.97, 0.96, 0.98)]
    [InlineData("bank21.jsonl", 60, 0.98, 0.82, 0.93)]
    [InlineData("bank22.jsonl", 60, 0.98, 0.91, 0.93)]
    [InlineData("blind36.jsonl", 60, 0.95, 0.98, 0.93)]
    [InlineData("bank23.jsonl", 60, 0.96, 0.97, 0.95)]
    [InlineData("blind37.jsonl", 60, 0.87, 0.95, 0.90)]
    [InlineData("blind38.jsonl", 60, 0.89, 0.99, 0.96)]
    [InlineData("bank24.jsonl", 60, 1.00, 0.92, 0.96)]
    [InlineData("bank25.jsonl", 60, 0.98, 0.96, 0.96)]
    [InlineData("bank26.jsonl", 60, 1.00, 0.97, 0.96)]
    [InlineData("bank27.jsonl", 60, 0.94, 0.96, 1.00)]
    [InlineData("bank28.jsonl", 60, 1.00, 0.95, 0.98)]
    [InlineData("blind39.jsonl", 60, 0.94, 0.95, 0.95)]
    [InlineData("blind40.jsonl", 60, 0.97, 0.96, 0.96)]
    [InlineData("blind41.jsonl", 60, 0.94, 0.95, 0.95)]
    [InlineData("blind42.jsonl", 60, 0.91, 0.93, 0.95)]
    [InlineData("bank29.jsonl", 60, 0.94, 0.93, 0.98)]
    [InlineData("bank30.jsonl", 60, 0.94, 0.97, 0.91)]
    [InlineData("bank31.jsonl", 60, 0.96, 0.94, 1.00)]
    [InlineData("bank32.jsonl", 60, 0.98, 0.94, 0.95)]
    [InlineData("blind43.jsonl", 60, 0.93, 0.94, 0.95)]
    [InlineData("blind44.jsonl", 60, 0.91, 0.96, 0.93)]
    [InlineData("blind45.jsonl", 60, 0.88, 0.95, 0.91)]
    [InlineData("blind46.jsonl", 60, 0.92, 0.96, 0.90)]
    [InlineData("bank33.jsonl", 60, 0.98, 0.97, 0.96)]
    [InlineData("bank34.jsonl", 60, 0.95, 0.97, 0.93)]
    [InlineData("bank35.jsonl", 60, 0.97, 0.96, 0.91)]
    [InlineData("bank36.jsonl", 60, 0.95, 0.91, 1.00)]
    [InlineData("blind47.jsonl", 60, 0.91, 0.95, 0.95)]
    [InlineData("blind48.jsonl", 60, 0.90, 0.97, 0.91)]
    [InlineData("blind49.jsonl", 60, 0.92, 0.94, 0.95)]
    [InlineData("blind50.jsonl", 60, 0.94, 0.93, 0.90)]
    [InlineData("bank37.jsonl", 60, 0.92, 0.98, 0.98)]
    [InlineData("bank38.jsonl", 60, 0.81, 0.80, 0.91)]
    [InlineData("bank39.jsonl", 60, 0.97, 0.97, 0.91)]
    [InlineData("bank40.jsonl", 60, 0.90, 0.92, 0.93)]
    [InlineData("blind51.jsonl", 60, 0.92, 0.89, 0.88)]
    [InlineData("blind52.jsonl", 60, 0.95, 0.94, 0.95)]
    [InlineData("blind53.jsonl", 60, 0.94, 0.93, 0.96)]
    [InlineData("blind54.jsonl", 60, 0.95, 0.95, 0.93)]
    [InlineData("bank41.jsonl", 60, 0.98, 0.94, 0.96)]
    [InlineData("bank42.jsonl", 60, 0.97, 0.96, 0.96)]
    [InlineData("bank43.jsonl", 60, 1.00, 0.97, 0.98)]
    [InlineData("bank44.jsonl", 60, 0.92, 0.92, 0.93)]
    [InlineData("bank45.jsonl", 60, 0.96, 0.96, 0.93)]
    [InlineData("bank46.jsonl", 60, 0.90, 0.92, 0.93)]
    [InlineData("bank47.jsonl", 60, 0.96, 0.99, 0.95)]
    [InlineData("bank48.jsonl", 60, 0.94, 0.92, 0.93)]
    [InlineData("bank49.jsonl", 60, 0.90, 0.95, 0.95)]
    [InlineData("bank50.jsonl", 60, 0.94, 0.97, 0.93)]
    [InlineData("bank51.jsonl", 60, 0.97, 0.91, 0.96)]
    [InlineData("bank52.jsonl", 60, 0.89, 1.00, 0.90)]
    [InlineData("blind55.jsonl", 60, 0.89, 0.93, 0.93)]
    [InlineData("blind56.jsonl", 60, 0.97, 0.98, 0.98)]
    [InlineData("blind57.jsonl", 60, 0.92, 0.94, 0.90)]
    [InlineData("blind58.jsonl", 60, 0.84, 0.94, 0.93)]
    [InlineData("blind59.jsonl", 60, 0.93, 0.95, 0.91)]
    [InlineData("blind60.jsonl", 60, 0.94, 0.91, 0.86)]
    [InlineData("blind61.jsonl", 60, 0.95, 0.97, 0.95)]
    [InlineData("blind62.jsonl", 60, 0.92, 0.93, 0.93)]
    [InlineData("blind63.jsonl", 60, 0.96, 0.96, 0.96)]
    [InlineData("blind64.jsonl", 60, 0.91, 0.95, 0.98)]
    [InlineData("blind65.jsonl", 60, 0.92, 0.97, 0.90)]
    [InlineData("blind66.jsonl", 60, 0.91, 1.00, 0.95)]
    [InlineData("bank53.jsonl", 60, 0.81, 0.85, 0.93)]
    [InlineData("bank54.jsonl", 60, 0.90, 0.97, 0.90)]
    [InlineData("bank55.jsonl", 60, 0.95, 0.98, 0.91)]
    [InlineData("bank56.jsonl", 60, 0.94, 1.00, 0.95)]
    [InlineData("blind67.jsonl", 60, 0.95, 0.88, 0.90)]
    [InlineData("blind68.jsonl", 60, 0.95, 0.96, 0.91)]
    [InlineData("blind69.jsonl", 60, 0.92, 0.95, 0.91)]
    [InlineData("blind70.jsonl", 60, 0.97, 0.96, 0.93)]
    [InlineData("bank57.jsonl", 60, 0.87, 0.96, 0.85)]
    [InlineData("bank58.jsonl", 60, 0.90, 0.86, 0.90)]
    [InlineData("bank59.jsonl", 60, 0.92, 0.98, 0.95)]
    [InlineData("bank60.jsonl", 60, 0.82, 0.95, 0.93)]
    [InlineData("blind71.jsonl", 60, 0.95, 0.95, 0.91)]
    [InlineData("blind72.jsonl", 60, 0.92, 0.93, 0.93)]
    [InlineData("blind73.jsonl", 60, 0.89, 0.95, 0.93)]
    [InlineData("blind74.jsonl", 60, 0.92, 0.91, 0.88)]
    [InlineData("bank61.jsonl", 60, 0.89, 0.96, 0.88)]
    [InlineData("bank62.jsonl", 60, 0.89, 0.94, 0.93)]
    [InlineData("blind75.jsonl", 60, 0.89, 0.92, 0.93)]
    [InlineData("blind76.jsonl", 60, 0.85, 0.89, 0.88)]
    [InlineData("bank63.jsonl", 60, 0.93, 0.97, 0.96)]
    [InlineData("bank64.jsonl", 60, 0.97, 0.97, 0.91)]
    [InlineData("bank65.jsonl", 60, 0.90, 0.98, 0.95)]
    [InlineData("bank66.jsonl", 60, 0.93, 0.90, 0.96)]
    [InlineData("blind77.jsonl", 60, 0.97, 0.96, 0.95)]
    [InlineData("blind78.jsonl", 60, 0.93, 0.88, 0.85)]
    [InlineData("blind79.jsonl", 60, 0.94, 0.92, 0.85)]
    [InlineData("blind80.jsonl", 60, 0.94, 0.94, 0.95)]
    [InlineData("bank67.jsonl", 60, 0.96, 0.96, 0.91)]
    [InlineData("bank68.jsonl", 60, 0.92, 0.95, 1.00)]
    [InlineData("blind81.jsonl", 60, 0.94, 0.94, 0.95)]
    [InlineData("blind82.jsonl", 60, 1.00, 0.94, 0.96)]
    [InlineData("bank69.jsonl", 60, 0.91, 0.93, 0.91)]
    [InlineData("bank70.jsonl", 60, 0.95, 0.92, 0.95)]
    [InlineData("bank71.jsonl", 60, 0.87, 1.00, 0.95)]
    [InlineData("bank72.jsonl", 60, 0.90, 0.98, 0.96)]
    [InlineData("blind83.jsonl", 60, 0.92, 0.96, 0.93)]
    [InlineData("blind84.jsonl", 60, 0.84, 0.87, 0.86)]
    [InlineData("blind85.jsonl", 60, 0.92, 0.86, 0.86)]
    [InlineData("blind86.jsonl", 60, 0.86, 0.94, 0.96)]
    [InlineData("bank73.jsonl", 60, 0.89, 0.92, 0.93)]
    [InlineData("bank74.jsonl", 60, 0.80, 0.94, 0.91)]
    [InlineData("bank75.jsonl", 60, 0.82, 0.93, 0.88)]
    [InlineData("bank76.jsonl", 60, 0.93, 0.97, 0.80)]
    [InlineData("blind87.jsonl", 60, 0.60, 0.88, 0.73)]
    [InlineData("blind88.jsonl", 60, 0.88, 0.83, 0.78)]
    [InlineData("blind89.jsonl", 60, 0.83, 0.95, 0.88)]
    [InlineData("blind90.jsonl", 60, 0.95, 0.94, 0.95)]
    [InlineData("bank77.jsonl", 60, 0.83, 0.96, 0.86)]
    [InlineData("bank78.jsonl", 60, 0.92, 0.98, 0.96)]
    [InlineData("bank79.jsonl", 60, 0.92, 0.96, 0.96)]
    [InlineData("bank80.jsonl", 60, 0.88, 0.95, 0.90)]
    [InlineData("blind91.jsonl", 60, 0.79, 0.83, 0.81)]
    [InlineData("blind92.jsonl", 60, 0.84, 0.72, 0.78)]
    [InlineData("blind93.jsonl", 60, 0.90, 0.95, 0.85)]
    [InlineData("blind94.jsonl", 60, 0.83, 0.93, 0.90)]
    [InlineData("bank81.jsonl", 60, 0.87, 0.98, 0.98)]
    [InlineData("bank82.jsonl", 60, 0.80, 0.86, 0.90)]
    [InlineData("bank83.jsonl", 60, 0.87, 0.97, 0.90)]
    [InlineData("bank84.jsonl", 60, 0.81, 0.93, 0.83)]
    [InlineData("blind95.jsonl", 60, 0.58, 0.73, 0.65)]
    [InlineData("blind96.jsonl", 60, 0.87, 0.92, 0.91)]
    [InlineData("blind97.jsonl", 60, 0.80, 0.88, 0.88)]
    [InlineData("blind98.jsonl", 60, 0.88, 0.73, 0.80)]
    [InlineData("bank85.jsonl", 60, 0.73, 0.91, 0.78)]
    [InlineData("bank86.jsonl", 60, 0.88, 0.95, 0.90)]
    [InlineData("bank87.jsonl", 60, 0.90, 0.91, 0.90)]
    [InlineData("bank88.jsonl", 60, 0.83, 0.97, 0.71)]
    [InlineData("blind99.jsonl", 60, 0.50, 0.82, 0.75)]
    [InlineData("blind100.jsonl", 60, 0.92, 0.90, 0.88)]
    [InlineData("blind101.jsonl", 60, 0.92, 0.93, 0.96)]
    [InlineData("blind102.jsonl", 60, 0.86, 0.84, 0.83)]
    public void LabelledSetHoldsItsFloor(string file, int cases, double recall, double precision, double conclusions)
    {
        var score = Score(Path.Combine(RepoPaths.PrecheckData, file));
        Assert.True(score.Outcomes.Count >= cases, $"{score.Outcomes.Count} cases, fewer than {cases}");
        Assert.True(score.Recall >= recall, $"recall {score.Recall:P1} below {recall:P0}");
        Assert.True(score.Precision >= precision, $"precision {score.Precision:P1} below {precision:P0}");
        Assert.True(score.ConclusionAccuracy >= conclusions, $"conclusion accuracy {score.ConclusionAccuracy:P1} below {conclusions:P0}");
    }

    [Fact]
    public void EveryContractConclusionIsInTheSigningVocabulary()
    {
        var score = Score(RepoPaths.Corpus);
        var contracts = score.Outcomes.Where(o => PreReviewConclusions.IsContract(o.Case.Input.Kind)).ToList();
        Assert.NotEmpty(contracts);
        Assert.All(contracts, o => Assert.Contains(o.Conclusion, new[] { "同意签订", "修改后签订", "不同意签订" }));
    }

    private CorpusScore Score(string path)
    {
        var cases = File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(LabelledCase.Parse).ToList();
        var score = CorpusScorer.Score(RuleFixture.Engine, cases);
        output.WriteLine($"{Path.GetFileName(path)}: {score.Outcomes.Count} cases; recall {score.Found}/{score.Expected} = {score.Recall:P1}; "
            + $"precision {score.Raised - score.FalseFlags}/{score.Raised} = {score.Precision:P1}; conclusions {score.ConclusionsRight}/{score.Outcomes.Count} = {score.ConclusionAccuracy:P1}");
        foreach (var o in score.Outcomes.Where(o => o.Missed.Count > 0 || o.FalseFlags.Count > 0 || !o.ConclusionRight))
        {
            output.WriteLine($"{o.Case.Id}: missed [{string.Join(", ", o.Missed)}] false [{string.Join(", ", o.FalseFlags.Select(f => $"{f.RuleId}@{f.Clause}"))}] "
                + $"conclusion {o.Conclusion} (expected {o.Case.ExpectedConclusion})");
        }
        return score;
    }

}
