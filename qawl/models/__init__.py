"""Networks and predictors: build, save and load models, and run them through a backend.

- ``tokenizer``: an Arabic-safe WordPiece tokenizer, trained on raw text;
- ``build``: the network a run fine-tunes (pretrained or from scratch);
- ``io``: model directories on disk (plain Hugging Face directories with qawl's settings);
- ``backends``: the engine seam (:class:`~qawl.models.backends.TorchBackend`; ONNX goes here);
- ``ner`` / ``stance``: the predictors (words → labels, statements → stance).
"""
