namespace ReviewEngine.Domain.PreReview;

/// <summary>C-TYPE-01: 行政协议 or 民事合同; decides e.g. whether arbitration is allowed.</summary>
public enum ContractNature
{
    None,
    Administrative,
    Civil,
}
