namespace ReviewEngine.Domain.PreReview.Reading;

/// <summary>The modal force on the act: a plain statement, a duty (应当/必须/须), an option (可以/有权) or a ban (不得/禁止).</summary>
public enum Modality
{
    Statement,
    Obligation,
    Permission,
    Prohibition,
}
