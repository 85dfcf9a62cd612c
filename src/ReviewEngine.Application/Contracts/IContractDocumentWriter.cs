using ReviewEngine.Domain.Contracts;

namespace ReviewEngine.Application.Contracts;

/// <summary>Lays out a composed contract as a Word document (implemented with OpenXml in Infrastructure).</summary>
public interface IContractDocumentWriter
{
    GeneratedDocument Write(ComposedContract contract);
}
