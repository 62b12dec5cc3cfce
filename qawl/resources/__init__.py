"""Data files shipped with qawl: the gazetteer of public facts (``gazetteer/``)."""
