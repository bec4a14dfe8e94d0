/** The flags every headless Chromium of this project runs with. */
export declare const CHROMIUM_FLAGS: string[];
