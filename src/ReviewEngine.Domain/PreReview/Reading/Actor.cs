namespace ReviewEngine.Domain.PreReview.Reading;

/// <summary>
/// Who does the act. Agency: the issuing or signing authority (甲方 when it is the agency, 本镇, 镇人民政府 …);
/// Counterparty: the other contracting party, or the citizens and firms a normative document addresses;
/// Both: 任何一方/双方/各方; Other: a named third body (人民法院, 区人民政府, 自然资源主管部门 …);
/// Unknown: no subject could be found before the act.
/// </summary>
public enum Actor
{
    Unknown,
    Agency,
    Counterparty,
    Both,
    Other,
}
