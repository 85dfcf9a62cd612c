mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });
