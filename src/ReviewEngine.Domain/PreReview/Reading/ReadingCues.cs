using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Reading;

/// <summary>
/// The words a reviewer reads a clause by (domain.md §7.10). Each alternation lists the longer, non-negating
/// words first so that they consume their characters: 不动产, 不可抗力, 不低于 … are not negations, 不得不 affirms.
/// </summary>
internal static partial class ReadingCues
{
    // Words that contain a negation character but do not negate the act that follows (quantities, nouns,
    // conditions that end their own scope): matched first and ignored.
    private const string NotNegations =
        "不得不|拒不|不影响|不妨碍|不动产|不可抗力|不良|不低于|不少于|不高于|不多于|不超过|不超出|不足|不定期|不断|不变|不等(?!于)|不同|不一致|不合格|不符合|不履行|不按|不服|不仅|不但|不论|不管|"
        + "无论|无偿|无条件|无息|无形|无法|无效|无关|未来|未成年|未尽|未经|非因|非经|非法|并非|除非";

    private const string Negations =
        "不得|不予|不再|不必|不等于|不意味着|不代表|不含|不包含|不包括|不需要?|不用|不会|不能|不可|不应当?|不宜|不准|不许|不允许|不要求|不约定|不适用|不承诺|不另行?|不作|不以|不对|不向|不|"
        + "禁止|严禁|杜绝|无需|无须|毋须|毋需|无权|无任何|并无|没有|未|免于|拒绝|排除|限制|放弃|非(?![常得])";

    [GeneratedRegex("(?<skip>" + NotNegations + ")|(?<neg>" + Negations + ")")]
    public static partial Regex Negation();

    [GeneratedRegex("(?<prohibition>不得(?!不)|禁止|严禁|不准|不许)|(?<obligation>应当|应该|必须|务必|(?<![相供响反适对答理呼效])应(?![急用])|须|需要|需)|(?<permission>可以|有权|(?<![许认不宁即])可(?![能靠行持]))")]
    public static partial Regex Modal();

    // A statute quoted or the competent body referred to: the clause refers to a rule, it does not make one.
    [GeneratedRegex(@"(依照|依据|根据|按照|依)[^。；]{0,8}《[^》]+》|(依照|依据|根据|按照)[^。；]{0,6}(有关)?(法律|行政法规|法律、法规|法律法规)[^。；]{0,12}规定|由[^。；]{0,20}(主管部门|有关部门|职能部门|公安机关|执法部门|人民法院)[^。；]{0,8}依法|依法申请[^。；]{0,6}人民法院|以[^。；]{0,24}(人民政府|政府|主管部门|部门|局|机关)[^。；]{0,12}(公告|决定|规定|划定|公布|通告)[^。；]{0,6}为准")]
    public static partial Regex StatuteReference();

    // A definition, also after an opening that names its scope (就本方案而言，“低效用地”是指…) and in the 指 of a
    // quoted term (“项目”指乙方…).
    [GeneratedRegex(@"^\s*((第[一二三四五六七八九十百零〇\d]+条\s*)?(就本[^，,。；]{1,12}而言|在本[^，,。；]{1,12}中|本[^，,。；]{1,12}项下)[，,]\s*)?(本(办法|规定|细则|通知|意见|协议|合同|条例|方案)?(中)?所称|[^，,。；]{1,30}(是指|系指)|[^，,。；]{0,20}[”」]\s*(指|意指))")]
    public static partial Regex Definition();

    // A body ending in 局, but not a word that only ends in the character (布局, 格局, 大局, 局面).
    private const string Bureau = "(?<![布格大全结开僵残败当])局(?![面部势限])";

    // A segment that opens a new clause with its own subject or a contrast: negation before it does not reach on. A
    // topic followed by its own agent (结顶前的施工费用由乙方自行筹措) is such a clause too.
    [GeneratedRegex(@"^(\s*(但|但是|然而|否则|同时|此外|另外|并且|且|也)?\s*(由|经)?\s*(甲方|乙方|丙方|丁方|任何一方|双方|各方|本(协议|合同|办法|规定|通知)|[\u4e00-\u9fa5×]{0,12}(人民政府|办事处|人民法院|" + Bureau + @"|委员会)|出租人|承租人|发包人|承包人|采购人|供应商|委托人|受托人|征收人|被征收人|出让人|受让人)|[^，,。；、]{1,16}由\s*(甲方|乙方|丙方|丁方|出租人|承租人|发包人|承包人|采购人|供应商|委托人|受托人))")]
    public static partial Regex NewSubject();

    // A reason or condition frame: 不以X为由, 以X作为付款条件, 不得以X为前提 (group r holds X). X stays within its
    // comma segment: 以评定结果为唯一依据，与纳税额不挂钩，也不以…为条件 holds two frames, not one spanning both.
    [GeneratedRegex(@"(?<neg>不得|不再|禁止|严禁|不能|不会|不)?(?<![可予所加难足])以(?![内外及后前来往便免])(?<r>[^。；，,]{1,60}?)(为由|为理由|为借口|作为[^。；，,]{0,8}(条件|前提|理由|依据)|为[^。；，,]{0,4}(条件|前提|依据))")]
    public static partial Regex ReasonFrame();

    // Verbs whose object may be a whole clause with its own subject (甲方承诺，乙方…; 甲方负责协调，使乙方…).
    [GeneratedRegex(@"(承诺|保证|确保|负责|同意|约定|确认|答应|表示|允诺|协调|争取|落实|支持|商定|议定|明确)[^，,]{0,6}$")]
    public static partial Regex ClausalObject();

    [GeneratedRegex(@"^\s*(第[一二三四五六七八九十百零〇\d]+条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[\.、．])\s*")]
    public static partial Regex ClauseLabel();

    // A short heading right after an article's label, set off by a space (第五条 非排他 本协议…).
    [GeneratedRegex(@"\G[\u4e00-\u9fa5、与和及]{1,10}[ \u3000]+(?=\S)")]
    public static partial Regex ArticleHeading();

    /// <summary>A segment that adds an alternative to the one before it (…，或者…的).</summary>
    [GeneratedRegex(@"^\s*(或者|或是|或|以及|还是)")]
    public static partial Regex AlternativeOpening();

    [GeneratedRegex(@"^\s*(但|但是|然而|否则|同时|此外|另外)")]
    public static partial Regex Contrast();

    // A segment that opens its own predicate (经会议研究直接确定…, 直接确定…; 三年内不得承接家宴，并处罚款): a negation in
    // the segment before it denied that segment's verb (本项目未进行公开招标，经…研究直接确定乙方), not this one.
    [GeneratedRegex(@"^\s*(经[^，,]{0,24}(研究|讨论|决定|审议|会议|协商)|直接|随即|遂|并处|并予以?|并责令|并没收|并罚)")]
    public static partial Regex OwnPredicate();

    // A segment whose subject is a party to the text itself (甲方确保…, 乙方承诺…): what it does is that party's own act.
    [GeneratedRegex(@"^\s*(但|但是|同时|此外|另外|并且|且)?\s*(甲方|乙方|丙方|丁方|双方|各方|任何一方)")]
    public static partial Regex PartySubject();

    // An article whose lead-in refuses what its list items name (甲方明确不作下列承诺或者安排：（一）以税收为基数给予奖励…):
    // each item is refused by the lead-in. Only a party, the instrument or the issuing body as subject: a list after
    // "禁止下列行为：" names what the text forbids others to do, which is not a refusal by the text's author.
    [GeneratedRegex(@"(甲方|本协议|本合同|双方|各方|本(办法|规定|政策|意见|细则|通知|措施)|[镇乡]人民政府|街道办事处)[^。；：:]{0,12}(不得|不|不再|不予|不作|不包括|不含|排除)[^。；：:]{0,12}(下列|以下|如下)[^。；：:]{0,12}[：:]\s*$")]
    public static partial Regex RefusingListLeadIn();

    // A clause of an earlier instrument named as the object of its repeal or amendment (原协议第八条关于“按税收给予奖励”
    // 的约定废止; 关于争议提交仲裁的约定修改为：…): the words inside the reference are not done by this text.
    [GeneratedRegex(@"(?<ref>“[^”]{1,160}”|关于[^。；“”]{1,80}?的(约定|条款|内容|规定|表述|承诺))[^。；]{0,24}?(予以|一并|均|全部|自[^。；]{0,20}起)?(废止|删除|删去|不再履行|不再执行|终止(履行|执行)|修改为|修订为|变更为|调整为|撤销|作废|失效|停止执行|不再适用|解除)")]
    public static partial Regex RepealedReference();

    // A list joint right before a negation: the negation opens a coordinated predicate (不指定、不限定).
    [GeneratedRegex(@"[^、，,]{1,8}(、|或者|或|和|及|以及|也)\s*$")]
    public static partial Regex Coordination();

    // A segment that states a condition or carve-out: its own negations end with it (…未按期投产的，…).
    [GeneratedRegex(@"(的|时|后|之前|以前|期间)\s*$|^\s*(如|如果|若|倘若|凡|一旦|对于?|因|为了?|在)|^\s*除[^，,]*外\s*$")]
    public static partial Regex Condition();

    // A segment that only states the condition of the next one (…不申请复议的， 如乙方…，): an act in it is not done.
    [GeneratedRegex(@"(的|时|之前|以前)\s*$|^\s*(如|如果|若|倘若|一旦)")]
    public static partial Regex ConditionSegment();

    [GeneratedRegex(@"^\s*除[^，,]*外\s*$|除外\s*$")]
    public static partial Regex Exception();

    // Object and causative markers: a party right after these is not the one who acts (甲方负责协调价格主管部门，确保…:
    // the agency promises, the department is only approached).
    // 受××委托 and 经××批准 name who entrusted or approved, not who acts (甲方受区人民政府委托，收回…).
    [GeneratedRegex(@"(向|对|给|为|与|和|同|跟|使|让|令|迫使|要求|责令|督促|通知|指令|协助|配合|帮助|支持|替|按|依|根据|按照|依照|将|把|被|及|受|经|就|针对|关于|从|到|、|协调|联系|商请|提请|报请|请求|争取)\s*$")]
    public static partial Regex ObjectMarker();

    // What may stand between a subject and its verb without breaking their bond (区人民政府依法作出, 甲方所指定).
    [GeneratedRegex(@"^\s*(所|已|已经|另行|另|再|依法|统一|负责|先行|及时|一次性)?\s*$")]
    public static partial Regex AdverbOnly();

    [GeneratedRegex(@"^\s*(的)?(所在地|住所地|注册地|所在|辖区|户籍地)?(的)?\s*$")]
    public static partial Regex PlaceOf();

    // The rest of a 的-phrase whose object opened it (与乙方经营范围相同的): the noun after it is that phrase's head.
    [GeneratedRegex(@"^[^，,。；]{1,12}的\s*$")]
    public static partial Regex ModifierOf();

    // A party named as the owner of a place or a project (乙方项目周边, 甲方厂区内): a modifier, not a subject.
    [GeneratedRegex(@"\G(项目|厂区|厂房|周边|附近|用地|地块|门店|店铺|经营场所)")]
    public static partial Regex PossessedNoun();

    // A preposition anywhere between the previous mention and this one makes this one an object (可以向××区人民法院).
    [GeneratedRegex(@"(向|对于?|给|与|受|(?<![认以成作])为)[^，,]{0,12}$")]
    public static partial Regex Preposition();

    // The predicate right after a named thing denies it: 与纳税额不挂钩, 税收返还不予约定, 仲裁不适用.
    [GeneratedRegex(@"\G[^，,。；]{0,4}?(均|都|一律|概|并|亦)?(不挂钩|无关|不相关|不予|不作为|不适用|不约定|不纳入|不计入)")]
    public static partial Regex DeniedAfter();

    // The act is the content of a request that the text then refuses: 对乙方提出的按税收给予奖励的要求，甲方不予同意.
    [GeneratedRegex(@"\G[^。；]{0,30}?(的[“""]?[^。；，”""]{0,12}[”""]?|[”""])(要求|请求|申请(?!人|书|表)|建议|提议|主张|诉求|意向)[，,]?\s*([\u4e00-\u9fa5×]{0,14}?)(不予同意|不同意|未予同意|未同意|没有同意|不予采纳|不予支持|不予接受|不予认可|不予考虑|予以拒绝|拒绝)")]
    public static partial Regex RefusedAfter();

    public const string BothParties = "任何一方|双方|各方|另一方|一方|守约方|违约方|任一方";

    public const string AgencyWords = "本镇|我镇|本乡|我乡|本街道|我街道|镇人民政府|乡人民政府|街道办事处|镇政府|乡政府|街道办|本机关|我方|镇综合行政执法队|镇综合执法队|综合行政执法队|镇村|镇里|街道";

    /// <summary>What a township named generically may have swallowed before it (可以向镇人民政府申请协调: 向 marks it as
    /// approached). Only the last marker is cut, and only when what remains is 镇人民政府 itself or a place name of two
    /// characters or more (向阳镇人民政府 keeps its name).</summary>
    [GeneratedRegex(@"^[^镇乡]*(向|对|由|经|被|将|把|给|报请|提请|商请|请求|协调|联系|通知|要求|督促|配合|协助|责令)(?=([\u4e00-\u9fa5×]{2,8})?(镇|乡)人民政府$|([\u4e00-\u9fa5×]{2,8})?街道办事处$)")]
    public static partial Regex AgencyLead();

    /// <summary>Verbs and markers a generic body name may have swallowed before it (负责协调, 由, 报请).</summary>
    [GeneratedRegex(@"^(负责|协调|联系|配合|协助|通知|报请|提请|商请|请求|督促|要求|责令|争取|由|经|向|对|与|和|及|或|将|把|被|请)+")]
    public static partial Regex BodyLead();

    public const string OtherBodies =
        "(区|县|市|省)(级)?(人民)?政府|人民法院|法院|仲裁委员会|村民委员会|居民委员会|村委会|居委会|村股份经济合作社|股份经济合作社|[\u4e00-\u9fa5]{0,8}(主管部门|职能部门|有关部门|相关部门)|公安机关|税务机关|[\u4e00-\u9fa5]{2,10}" + Bureau + "|供水单位|供电(单位|企业|公司)|供气单位";

    public const string PublicWords =
        "村民|居民|公民|群众|农户|业主|企业|经营者|经营户|商户|摊主|摊贩|市场主体|申请人|(?<!执)法人|其他组织|单位和个人|个人|住户|户主|消费者|房屋所有人|出租人|承租人|养殖户|种植户|建设单位|施工单位|投资者|当事人|相对人";

    public const string AgencyRoles = "甲方|出租人|出租方|发包人|发包方|采购人|采购方|委托方|委托人|出让人|出让方|征收人|转让方";

    public const string CounterpartyRoles = "乙方|丙方|丁方|承租人|承租方|承包人|承包方|供应商|服务商|受托方|受托人|受让人|受让方|被征收人|投资方|合作方";

    /// <summary>
    /// A numbered item's heading: its label and a few words that name a topic (五、临时停水停电。). No party, modal,
    /// negation or verb of obligation: "第二条 乙方选择货币补偿。" and "三、不收押金。" are sentences, not headings.
    /// </summary>
    [GeneratedRegex(@"^\s*(第[一二三四五六七八九十百零〇\d]+条|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])\s*(?![^。]*(甲方|乙方|丙方|双方|各方|本|应|须|得|可|由|予|按|将|是|为|不|未|无|禁|严|收|缴|交|付|给|承担|负责|实行|执行|同意|决定|要求|选择|提供|办理|进行|实施|采取|视|已|均|即|并|在|对|向|从|于|以|如|凡|若|经|所|有|的))[\u4e00-\u9fa5“”""]{2,10}。\s*$")]
    public static partial Regex ItemHeading();

    /// <summary>What opens a main clause right after a condition's 的 (…不清理的由镇组织…, …未缴纳的一律…).</summary>
    [GeneratedRegex(@"^(由|一律|予以|依法|将其|可以|应当|须|必须|责令|即|并处|均|统一|直接|立即|视为|按|取消|不予|不得|暂停|停止)")]
    public static partial Regex MainClauseOpening();
}
