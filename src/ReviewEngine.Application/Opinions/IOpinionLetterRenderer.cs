using ReviewEngine.Application.Contracts;

namespace ReviewEngine.Application.Opinions;

/// <summary>Lays out a 审查意见书 as a Word document (OpenXml in Infrastructure). A port, so the aggregate and the
/// use cases stay free of document formats.</summary>
public interface IOpinionLetterRenderer
{
    GeneratedDocument Render(OpinionLetter letter);
}
