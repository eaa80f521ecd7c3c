/** A setup file of every test project: each test file deletes the temporary folders it made. */
import { afterAll } from "vitest";
import { removeTemporaryFolders } from "./temporary.ts";

afterAll(removeTemporaryFolders);
